/**
 * Bahasa Indonesia for the signing texts that both the workshop screens and the /verify page show
 * (the fingerprint, "signed by …"): brought by `workshopStrings.ts` and `verifyStrings.ts`.
 */
export const idSignOff = {
  signOff: {
    title: 'Penandatanganan Kontrak Pelayanan',
    open: 'Buka halaman tanda tangan',
    invite: 'Naskah final versi {{version}} sudah ditetapkan dan menunggu tanda tangan Anda.',
    notFrozen: 'Naskah final belum ditetapkan. Halaman ini menampilkan naskah begitu fasilitator menetapkannya.',
    loading: 'Memuat naskah…',
    loadFailed: 'Naskah tidak dapat dimuat: {{message}}',
    retry: 'Coba lagi',
    hashMismatch: 'Naskah yang diterima tidak cocok dengan kode keasliannya. Jangan tanda tangani; beri tahu fasilitator.',
    hashChecked: 'Naskah di layar ini sudah diperiksa: sama dengan naskah final.',
    review: 'Naskah yang ditandatangani',
    version: 'Versi {{version}}, ditetapkan {{at}}',
    fingerprint: 'Kode keaslian naskah',
    fingerprintHint: 'Bacakan per kelompok dan cocokkan dengan layar dan salinan cetak.',
    status: 'Status tanda tangan',
    required: 'wajib',
    optional: 'tidak wajib',
    waiting: 'Menunggu tanda tangan',
    waitingFor: 'Menunggu: {{names}}',
    nobodyEnrolled: 'Belum ada yang terdaftar',
    signedBy: '{{name}}, {{title}}, {{institution}}',
    allSigned: 'Semua pihak wajib sudah menandatangani; server menyegel naskah.',
    notSignatory: 'Anda tidak terdaftar sebagai penanda tangan; Anda dapat membaca naskah dan mengikuti statusnya.',
    proposedBy: 'Diusulkan sektor {{sector}}',
    dots_other: '{{count}} titik prioritas',
    reservationsCount_other: '{{count}} setuju dengan catatan',
    standAsidesCount_other: '{{count}} tidak ikut tetapi tidak menghalangi',
    noClauses: 'Tidak ada klausul.',
    stakeholders_other: '{{count}} pemangku kepentingan dipetakan',
    obligatedPartner: 'Kewajiban mitra: {{name}}',
    wetInk: 'Ditandatangani basah pada naskah cetak; dicatat oleh {{recordedBy}} pada {{at}}',
    wetInkScan: 'pindaian SHA-256 {{hash}}',
  },
};
