
import { describe, expect, it } from 'vitest';
import { requiredSectionCodes } from '../../shared/schema/sections';
import { Room } from '../support/room';
import { e2eStage } from '../support/e2eStage';

const stage = e2eStage({ demo: false });

const WAKTU = 'Pelayanan rawat jalan selesai paling lama 2 jam sejak pendaftaran.';
const WAKTU_AMENDED = 'Pelayanan rawat jalan selesai paling lama 3 jam sejak pendaftaran.';
const BIAYA = 'Pemeriksaan umum bagi warga ber-KTP kecamatan tidak dipungut biaya.';
const PERSYARATAN = 'Cukup membawa KTP-el atau kartu BPJS Kesehatan.';
const PENGADUAN = 'Pengaduan dijawab paling lama 3 hari kerja melalui kotak saran dan WhatsApp.';

/** The rest of the required sections: agreed in the rights-and-obligations step, or not applicable. */
const NOT_APPLICABLE = ['STD_INFORMASI', 'SURVEI', 'PRODUK', 'VISI_MISI'];
const DRAFTED = ['WAKTU', 'BIAYA', 'PERSYARATAN', 'PENGADUAN'];
const REMAINING = requiredSectionCodes().filter((code) => !DRAFTED.includes(code) && !NOT_APPLICABLE.includes(code));

describe('a whole workshop through the UI', () => {
  it('from the owner page to a verified charter, with the board in view and every socket open', { timeout: 240_000 }, async () => {
    const room = new Room(stage.browser, stage.server.http);

    // ---- 1. The owner creates the workshop; the console sets the agenda; the projector opens the board.
    await room.ownerCreatesWorkshop(
      `${stage.server.http}/o#token=${stage.server.ownerToken}`,
      {
        title: 'Kontrak Pelayanan Puskesmas Sukamaju',
        serviceName: 'Pelayanan rawat jalan',
        institution: 'Puskesmas Kecamatan Sukamaju',
        place: 'Aula Kantor Camat Sukamaju',
        startDate: '2026-03-10',
        endDate: '2026-03-11',
      },
      'WITA',
    );
    await room.setUpAgendaAndBoard();
    await room.goTo('promotion');
    await room.screens('promotion');

    // ---- 2. Four people from the three sectors join with the board's QR code.
    await room.join('bambang', 'Bambang Prasetyo', 'government', 'provider_unit', 'laptop');
    await room.join('endang', 'Bidan Endang', 'private', 'private_provider', 'laptop');
    await room.join('nur', 'Ibu Nur Aini', 'civil_society', 'service_user', 'phone');
    await room.join('darmo', 'Pak Darmo', 'civil_society', 'ngo', 'laptop');
    const { page: phone } = room.member('nur');
    await expect.poll(() => room.console.locator('[data-testid=warning][data-code=sector_absent]').count()).toBe(0);
    await room.tab(room.console, 'people');
    await expect.poll(() => room.console.getByTestId('person').count()).toBeGreaterThanOrEqual(4);
    await room.screens('joined', [
      { name: 'participant laptop', page: room.member('endang').page },
      { name: 'phone', page: phone },
    ]);

    // ---- 3. Stakeholder mapping.
    await room.goTo('stakeholder_mapping');
    await room.addStakeholder('bambang', 'Kepala Puskesmas', 'provider_unit', 5, 5);
    await room.addStakeholder('nur', 'Kader Posyandu Melati', 'service_user', 2, 5);
    await room.addStakeholder('endang', 'Klinik Pratama Sehat', 'private_provider', 3, 3);
    await room.addStakeholder('darmo', 'Forum Kesehatan Desa', 'ngo', 4, 4);
    await room.moveCardWithKeyboard('bambang', 'Kepala Puskesmas', 'ArrowLeft');
    await expect.poll(() => room.card(room.board, 'Kepala Puskesmas').getAttribute('data-interest')).toBe('4');
    await room.screens('stakeholder_mapping', [{ name: 'phone', page: phone }]);

    // ---- 4. Drafting in several sections; two people type in one clause at once; the service flow.
    await room.goTo('drafting');
    await room.propose(room.member('endang').page, 'WAKTU', WAKTU, 'Antrean pagi panjang; warga menunggu sampai siang.', {
      unit: 'hours',
      ask: '1',
      baseline: '4',
      commitment: '2',
    });
    await room.propose(room.member('bambang').page, 'BIAYA', BIAYA, 'Sesuai Perda retribusi pelayanan kesehatan.');
    await room.propose(phone, 'PERSYARATAN', PERSYARATAN, 'Warga sering disuruh pulang mengambil fotokopi.');
    await room.propose(room.member('darmo').page, 'PENGADUAN', PENGADUAN, 'Kotak saran jarang dibuka.');
    await room.typeTogether(WAKTU, [
      ['nur', 'Lansia dan ibu hamil didahulukan.'],
      ['darmo', 'Nomor antrean diumumkan dengan pengeras suara.'],
    ]);
    await room.addFlowSteps('bambang', [
      ['Loket pendaftaran', 'Mengambil nomor antrean dan mendaftar', 'KTP-el atau kartu BPJS'],
      ['Ruang periksa', 'Pemeriksaan oleh dokter atau bidan', 'Kartu berobat'],
      ['Apotek', 'Menerima obat dan penjelasan', 'Resep'],
    ]);
    // The board shows the clauses (page by page in projector mode, where they do not fit one).
    await expect.poll(() => room.board.getByTestId('board-clause').count()).toBeGreaterThanOrEqual(1);
    await room.screens('drafting', [
      { name: 'participant laptop', page: room.member('darmo').page },
      { name: 'phone', page: phone },
    ]);
    await room.shoot(room.member('darmo').page, 'participant', room.clause(room.member('darmo').page, WAKTU));

    // ---- 5. Hidden dot vote, then revealed.
    await room.goTo('dot_vote');
    await room.configureAndOpenVote(2);
    await room.dots('nur', 'Pelayanan rawat jalan', 2);
    await phone.locator('[data-testid=dots-left][data-left="0"]').waitFor();
    expect(await phone.locator('[data-testid=vote-option]', { hasText: 'KTP-el' }).getByTestId('vote-add').isDisabled()).toBe(true);
    await room.dots('endang', 'Pelayanan rawat jalan', 1);
    await room.dots('endang', 'KTP-el', 1);
    await room.dots('bambang', 'tidak dipungut biaya', 2);
    await room.dots('darmo', 'Pengaduan dijawab', 1);
    await room.dots('darmo', 'Pelayanan rawat jalan', 1);
    await expect.poll(() => room.board.getByTestId('board-voters').textContent()).toContain('4 dari 4');
    expect(await room.board.getByTestId('tally-chart').count()).toBe(0); // hidden until revealed
    await room.screens('dot_vote hidden', [{ name: 'phone', page: phone }]);
    await room.shoot(phone, 'participant-phone');
    await room.console.getByTestId('vote-close').click();
    await room.console.getByTestId('vote-reveal').click();
    await room.board.getByTestId('tally-chart').waitFor();
    const top = room.board.locator('[data-testid=tally-row]').first();
    expect(await top.getAttribute('data-total')).toBe('4');
    expect(await top.getByTestId('tally-civil_society').textContent()).toBe('3');
    await room.screens('dot_vote revealed');
    await room.shoot(room.board, 'board');

    // ---- 6. Consensus check: support, a reservation with its reason, a block with its reason.
    await room.goTo('consensus_check');
    await phone.getByTestId('tab-clauses').click(); // Ibu Nur rereads the clauses while the check is set up
    await room.startCheck(WAKTU);
    // Her phone follows the room to the open check, says so, and offers the way back.
    await expect.poll(() => phone.getByTestId('tab-consensus').getAttribute('aria-selected')).toBe('true');
    await phone.getByTestId('follow-notice').waitFor();
    await room.answer('nur', WAKTU, 1);
    await room.answer('darmo', WAKTU, 1);
    await room.answer('endang', WAKTU, 3, 'Perlu tambahan petugas loket pada hari pasar.');
    await room.answer('bambang', WAKTU, 8, 'Dengan dua dokter, 2 jam belum mungkin dipenuhi.');
    const waktu = room.consoleClause(WAKTU);
    await expect.poll(() => waktu.getByTestId('consensus-result').textContent()).toContain('4 jawaban');
    expect(await waktu.getByTestId('consensus-outcome').textContent()).toContain('Ditolak');
    await room.recordOutcome(WAKTU, 'Penyelenggara meminta 3 jam sampai ada dokter ketiga.');
    await waktu.getByTestId('clause-focus').click();
    const spot = room.board.getByTestId('board-spotlight');
    // The wall never names anyone; answers per sector, with the reasons, once the facilitator chooses it.
    await room.console.getByTestId('board-consensus-by-sector').click();
    await expect.poll(() => spot.getByTestId('board-answers').getAttribute('data-by-sector')).toBe('true');
    await expect.poll(() => spot.getByTestId('consensus-blockers').textContent()).toContain('2 jam belum mungkin');
    expect(await spot.getByTestId('consensus-reservations').textContent()).toContain('hari pasar');
    expect(await spot.getByTestId('minority-report').textContent()).toContain('dokter ketiga');
    for (const m of room.members.values()) expect(await spot.textContent()).not.toContain(m.name);
    await room.screens('consensus_check block', [{ name: 'phone', page: phone }]);
    await room.shoot(room.console, 'console', waktu);
    await waktu.getByTestId('clause-unfocus').click(); // the board goes back to the step's own view
    await waktu.getByTestId('clause-focus').waitFor();

    // The provider's compromise as an amendment; the second check agrees, one with a reservation.
    const endang = room.member('endang').page;
    await room.tab(endang, 'clauses');
    const draft = room.clause(endang, WAKTU);
    await draft.getByTestId('clause-amend-toggle').click();
    await draft.getByTestId('amend-text').fill(WAKTU_AMENDED);
    await draft.getByTestId('amend-rationale').fill('Kompromi sampai ada dokter ketiga.');
    await draft.getByTestId('amend-commitment-value').fill('3');
    await draft.getByTestId('amend-submit').click();
    await expect.poll(() => room.clause(endang, WAKTU_AMENDED).getByTestId('version').count()).toBe(2);
    await room.startCheck(WAKTU_AMENDED);
    await room.answer('bambang', WAKTU_AMENDED, 1);
    await room.answer('nur', WAKTU_AMENDED, 1);
    await room.answer('darmo', WAKTU_AMENDED, 2);
    await room.answer('endang', WAKTU_AMENDED, 3, 'Tetap perlu petugas loket tambahan.');
    await room.recordOutcome(WAKTU_AMENDED);
    await room.setStatus(WAKTU_AMENDED, 'agreed_with_reservations');
    for (const [text, voter] of [
      [BIAYA, 'nur'],
      [PERSYARATAN, 'bambang'],
      [PENGADUAN, 'endang'],
    ] as const) {
      await room.startCheck(text);
      await room.everyoneSupports(text, voter);
      await room.recordOutcome(text);
      await room.setStatus(text, 'agreed');
    }
    await room.screens('consensus_check agreed');

    // ---- 7. Rights and obligations: the rest of the charter, and sections not applicable.
    await room.goTo('rights_obligations');
    for (const [i, code] of REMAINING.entries()) {
      await room.agreeQuickly(code, `Klausul ${code.toLowerCase().replaceAll('_', ' ')} yang disepakati bersama.`, ['darmo', 'nur', 'bambang', 'endang'][i % 4]!);
    }
    // The legal basis is required (UU 25/2009 Pasal 21 lists it first) and agreed above.
    expect(REMAINING).toContain('DASAR_HUKUM');
    for (const [i, code] of NOT_APPLICABLE.entries()) {
      await room.markNotApplicable(code, 'Dibahas pada lokakarya lanjutan bersama Dinas Kesehatan.', ['darmo', 'nur', 'bambang', 'endang'][i % 4]!);
    }
    await room.expectNotApplicableRules(NOT_APPLICABLE, 'Dibahas pada lokakarya lanjutan bersama Dinas Kesehatan.');
    await room.undoNotApplicable('VISI_MISI');
    await room.agreeQuickly('VISI_MISI', 'Melayani dengan ramah, cepat dan tanpa pungutan.', 'nur');
    await room.screens('rights_obligations');

    // ---- 8. Signatories: wrong enrolments, corrected; then the freeze.
    await room.enrol('bambang', 'pihak_pertama');
    // Only the four pillar representatives are offered: not the wall screen, not the facilitator.
    expect((await room.signatoryCandidates()).sort()).toEqual([...room.members.values()].map((m) => m.name).sort());
    await room.enrol('endang', 'saksi'); // a slip: the witness was to be the NGO's Pak Darmo
    await room.enrol('darmo', 'pihak_kedua'); // and Pak Darmo is the witness, not the second party
    await room.withdrawEnrolment('endang');
    await room.changeCapacity('darmo', 'saksi');
    await room.enrol('nur', 'pihak_kedua');
    // Whom Bu Nur signs for, and how she was chosen: the gate asks until it is recorded.
    await expect.poll(() => room.console.locator('[data-testid=freeze-gap][data-code=users_mandate_missing]').count()).toBe(1);
    await room.recordMandate('nur', 'Paguyuban Warga Sukamaju', 'dipilih oleh peserta kelompok masyarakat dalam lokakarya');
    await expect.poll(() => room.console.getByTestId('freeze-gap').count()).toBe(0);
    await room.screens('freeze gate');
    await room.freeze();

    // ---- 9. After the freeze the agenda still moves: on to the signing step.
    await room.nextStep('sign_off');
    for (const key of ['bambang', 'nur', 'darmo']) await room.member(key).page.getByTestId('sign-off-invite').waitFor();
    await room.board.getByTestId('board-signing').waitFor();
    expect(await room.board.locator('[data-testid=board-capacity][data-signed=true]').count()).toBe(0);
    await room.screens('sign_off', [{ name: 'phone', page: phone }]);

    // ---- 10. Three officials sign on their own devices (one on the phone).
    const s1 = await room.sign('bambang', 'Kepala Puskesmas', 'Puskesmas Kecamatan Sukamaju');
    const sha = await s1.getByTestId('fingerprint').first().getAttribute('data-sha256');
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(await room.board.getByTestId('fingerprint').getAttribute('data-sha256')).toBe(sha);
    await room.axe('sign_off', [{ name: 'sign-off laptop', page: s1 }]);
    const s2 = await room.sign('nur', 'Ketua Paguyuban Pasien', 'Paguyuban Warga Sukamaju');
    // The signed text names whom she acts for (the komparisi of the naskah).
    expect(await s2.locator('[data-testid=charter-party][data-capacity=pihak_kedua]').textContent()).toContain('bertindak untuk dan atas nama Paguyuban Warga Sukamaju');
    await room.axe('sign_off', [{ name: 'sign-off phone', page: s2 }]);
    const s3 = await room.sign('darmo', 'Koordinator', 'Forum Kesehatan Desa Sukamaju');
    await s3.getByTestId('all-signed').waitFor();
    await room.shoot(s3, 'signoff');
    await expect.poll(() => room.board.locator('[data-testid=board-capacity][data-signed=true]').count()).toBe(3);
    await room.shoot(room.board, 'board-signing');
    await room.screens('signed');

    // ---- 11. The sealed bundle from the console, verified on /verify by anyone.
    const bundle = await room.downloadBundle();
    const reader = await room.verify(bundle);
    const verdict = reader.getByTestId('verdict');
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    expect(await reader.locator('[data-testid=verified-signer]').allTextContents()).toEqual([
      expect.stringContaining('Puskesmas Kecamatan Sukamaju'),
      expect.stringContaining('Paguyuban Warga Sukamaju'),
      expect.stringContaining('Forum Kesehatan Desa Sukamaju'),
    ]);
    await room.axe('verify', [{ name: 'verify', page: reader }]);
    await room.shoot(reader, 'verify');

    // ---- The whole way: no screen lost a socket, axe found nothing serious.
    expect(room.unexpectedCloses()).toEqual([]);
    expect(room.axeFindings).toEqual([]);
  });
});
