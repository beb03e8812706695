/**
 * Short guidance per charter section: what the room writes there, shown where a clause is
 * proposed. Bahasa Indonesia first (the language of the naskah), English second. Covers the
 * sections real agreements carry beyond the 14 components (charter-method.md §3), the legal basis
 * and the rights and obligations of both parties; other sections explain themselves by name.
 */
import type { SectionCode } from './sections';
import type { BilingualText } from './text';

const GUIDANCE: Partial<Record<SectionCode, BilingualText>> = {
  RUANG_LINGKUP: {
    id: 'Sebutkan layanan apa saja yang diatur kontrak ini, di unit mana, dan kelompok pengguna mana yang dilayani (misalnya warga lanjut usia, penyandang disabilitas, warga yang terlambat mendaftar). Sebutkan juga yang tidak termasuk.',
    en: 'Name the services this agreement covers, at which office, and which user groups it serves (for example older people, people with disabilities, late registrants). Say what is not covered.',
  },
  TEMPAT_WAKTU: {
    id: 'Tuliskan alamat tempat pelayanan, hari dan jam buka (termasuk jam istirahat), layanan daring atau keliling bila ada, dan bagaimana perubahan jadwal diumumkan.',
    en: 'Write the address where the service is given, the opening days and hours (including breaks), any online or mobile service, and how schedule changes are announced.',
  },
  PEMANTAUAN: {
    id: 'Tuliskan siapa memantau pelaksanaan kontrak dari pihak penyelenggara dan dari pihak pengguna, seberapa sering (misalnya tiap tiga bulan), data apa yang dibuka, dan di mana hasilnya diumumkan.',
    en: "Write who monitors the agreement on the provider's side and on the users' side, how often (for example every three months), which data is shared, and where the results are published.",
  },
  PERUBAHAN_SENGKETA: {
    id: 'Tuliskan bagaimana isi kontrak dapat diubah (siapa mengusulkan, forum apa yang menyepakati) dan bagaimana perselisihan diselesaikan: musyawarah lebih dulu, lalu pengaduan ke atasan penyelenggara atau Ombudsman.',
    en: "Write how the agreement can be changed (who proposes, which forum agrees) and how disputes are settled: deliberation first, then a complaint to the provider's superior or the Ombudsman.",
  },
  MASA_BERLAKU: {
    id: 'Tuliskan sejak kapan kontrak berlaku, sampai kapan, dan kapan ditinjau ulang bersama (misalnya setiap tahun atau bila aturan berubah).',
    en: 'Write from when the agreement applies, until when, and when both parties review it together (for example every year or when the rules change).',
  },
  DASAR_HUKUM: {
    id: 'Daftar peraturan yang menjadi dasar pelayanan ini, dari UU sampai Peraturan Bupati/Wali Kota. Tombol draf mengumpulkan dasar hukum yang disebut pada butir-butir lain.',
    en: 'List the regulations this service rests on, from laws down to the regent or mayor regulation. The draft button gathers the legal bases cited in other clauses.',
  },
  HAK_PENGGUNA: {
    id: 'Mulai dari hak masyarakat dalam UU 25/2009 Pasal 18, lalu sesuaikan dengan layanan ini: apa yang dapat dituntut pengguna, dan kepada siapa.',
    en: 'Start from the rights of the public in UU 25/2009 Pasal 18 and fit them to this service: what users can claim, and from whom.',
  },
  KEWAJIBAN_PENGGUNA: {
    id: 'Mulai dari kewajiban masyarakat dalam UU 25/2009 Pasal 19, lalu sesuaikan: berkas apa yang wajib dibawa, dan apa akibatnya bila tidak dipenuhi.',
    en: 'Start from the obligations of the public in UU 25/2009 Pasal 19 and fit them: which documents users must bring, and what follows if they do not.',
  },
  HAK_PENYELENGGARA: {
    id: 'Mulai dari hak penyelenggara dalam UU 25/2009 Pasal 14, misalnya menolak permohonan yang bertentangan dengan peraturan.',
    en: 'Start from the provider rights in UU 25/2009 Pasal 14, for example refusing requests that break the rules.',
  },
  KEWAJIBAN_PENYELENGGARA: {
    id: 'Mulai dari kewajiban penyelenggara dalam UU 25/2009 Pasal 15, lalu tuliskan janji yang dapat diukur: siapa melakukan apa, dalam berapa lama.',
    en: 'Start from the provider obligations in UU 25/2009 Pasal 15, then write promises that can be measured: who does what, within how long.',
  },
};

/** What to write in a section, or undefined when its name says enough. */
export function sectionGuidance(code: SectionCode): BilingualText | undefined {
  return Object.hasOwn(GUIDANCE, code) ? GUIDANCE[code] : undefined;
}
