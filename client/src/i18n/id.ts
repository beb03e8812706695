/**
 * Bahasa Indonesia: the default catalogue and the source of truth for keys. `en.ts` is typed
 * as this shape, so a key missing there fails the type check.
 */
export const id = {
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
  home: {
    title: 'Ikut lokakarya',
    intro: 'Masukkan kode bergabung yang ditampilkan fasilitator di layar.',
    codeLabel: 'Kode bergabung',
    codeHint: 'Contoh: K7P2QX. Huruf besar atau kecil sama saja.',
    submit: 'Lanjut',
    empty: 'Isi kode bergabung dulu.',
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
    otherCode: 'Pakai kode lain',
  },
  workshop: {
    loading: 'Memuat lokakarya…',
    joinCode: 'Kode bergabung',
    fromCache: 'Server tidak terjangkau; menampilkan data yang tersimpan di perangkat ini.',
    noToken: 'Perangkat ini belum terdaftar di lokakarya ini.',
    unauthorized: 'Akses Anda tidak berlaku lagi.',
    forbidden: 'Anda tidak berhak membuka halaman ini.',
    notFound: 'Lokakarya tidak ditemukan.',
    network: 'Tidak dapat menghubungi server, dan belum ada salinan di perangkat ini.',
    failed: 'Terjadi kesalahan: {{message}}',
    joinAgain: 'Bergabung lagi',
    home: 'Ke halaman awal',
    retry: 'Coba lagi',
  },
  roles: {
    facilitator: 'Fasilitator',
    co_facilitator: 'Ko-fasilitator',
    participant: 'Peserta',
    observer: 'Pengamat',
    signatory: 'Penandatangan',
  },
  status: {
    label: 'Status sinkronisasi',
    connection: {
      connected: 'Terhubung',
      connecting: 'Menyambung ulang…',
      offline: 'Luring',
    },
    storage: {
      saved: 'Semua perubahan tersimpan di server',
      saving: 'Menyimpan…',
      unsaved: 'Ada perubahan yang belum tersimpan',
      waiting: 'Menunggu server',
      nothingPending: 'Tidak ada perubahan yang tertunda',
    },
  },
  closed: {
    badMessage: 'Server menolak data dari perangkat ini. Muat ulang halaman.',
    unauthorized: 'Akses Anda tidak berlaku lagi. Silakan bergabung lagi.',
    forbidden: 'Anda tidak berhak mengubah dokumen ini.',
    notFound: 'Lokakarya ini tidak ditemukan di server.',
    tooMany: 'Terlalu banyak permintaan. Tunggu sebentar lalu muat ulang.',
    unknown: 'Sambungan ditutup oleh server (kode {{code}}).',
    keepsEdits: 'Perubahan Anda tetap tersimpan di perangkat ini.',
    reload: 'Muat ulang',
  },
  presence: {
    title: 'Sedang daring',
    you: '(Anda)',
    nobody: 'Belum ada yang lain.',
    anonymous: 'Tanpa nama',
  },
  editor: {
    label: 'Draf kontrak pelayanan',
  },
  facilitator: {
    title: 'Layar fasilitator',
    joinAt: 'Peserta bergabung di',
  },
  board: {
    joinAt: 'Bergabung di {{host}} dengan kode',
    empty: 'Draf masih kosong.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    home: 'Ke halaman awal',
  },
};

export type Catalogue = typeof id;
