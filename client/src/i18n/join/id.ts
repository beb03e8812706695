/**
 * The join page's Bahasa Indonesia strings: the header (brand, skip link, language switch) and
 * the `join` group. One source for both the plain join page (`client/src/join/`, no React, no
 * i18next) and the app's catalogue (`../id.ts` spreads these groups in).
 */
export const joinId = {
  app: {
    name: 'Mufakat',
    tagline: 'Lokakarya Kontrak Pelayanan',
    skipToContent: 'Langsung ke isi',
  },
  language: {
    label: 'Bahasa',
    id: 'ID',
    en: 'EN',
    idLong: 'Bahasa Indonesia',
    enLong: 'English',
  },
  join: {
    title: 'Bergabung ke lokakarya',
    checking: 'Memeriksa kode…',
    notFound: 'Kode {{code}} tidak dikenal. Periksa lagi kode di layar.',
    lookupFailed: 'Tidak dapat menghubungi server. Periksa jaringan Wi-Fi lalu coba lagi.',
    service: 'Layanan: {{serviceName}}',
    nameLabel: 'Nama Anda',
    nameHint: 'Nama ini terlihat oleh peserta lain.',
    sectorLabel: 'Sektor',
    sectorPlaceholder: 'Pilih sektor…',
    sectorRequired: 'Pilih sektor Anda.',
    categoryLabel: 'Kategori pemangku kepentingan',
    categoriesForSector: 'Untuk sektor ini',
    otherCategories: 'Kategori lain',
    userGroupLabel: 'Kelompok pengguna (opsional)',
    userGroupHint: 'Misalnya: penyandang disabilitas, lansia, pedagang pasar.',
    submit: 'Bergabung',
    submitting: 'Mendaftarkan…',
    nameRequired: 'Isi nama Anda.',
    failed: 'Pendaftaran gagal: {{message}}',
    network: 'Tidak dapat menghubungi server. Coba lagi.',
    deviceRevoked: 'Fasilitator telah mengeluarkan peserta dari perangkat ini. Silakan minta fasilitator untuk mengizinkan Anda bergabung kembali.',
    otherCode: 'Pakai kode lain',
    alreadyJoined: 'Perangkat ini sudah terdaftar di lokakarya ini sebagai {{name}}.',
    alreadyJoinedNoName: 'Perangkat ini sudah terdaftar di lokakarya ini.',
    openMine: 'Buka lokakarya saya',
    someoneElse: 'Bukan saya: daftarkan orang lain di perangkat ini',
    someoneElseHint: 'Perangkat ini lalu dipakai atas nama orang baru, dan pendaftaran sebelumnya tidak dapat dibuka lagi dari perangkat ini.',
    retry: 'Coba lagi',
  },
};

export type JoinCatalogue = typeof joinId;
