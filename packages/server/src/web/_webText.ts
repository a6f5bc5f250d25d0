/** Every word of the web desks, in Indonesian and English (one language per page). */
import { defineMessages, type LocaleText } from '@mpp-kit/schemas';
import { pageLabels } from '@mpp-kit/core';

/** The desks' fixed texts by key (`say(c, 'signIn')`). */
export const webTexts = {
  skip: pageLabels.skipToContent,
  navLabel: { id: 'Menu utama', en: 'Main menu' },
  navServices: { id: 'Layanan', en: 'Services' },
  navMine: { id: 'Permohonan saya', en: 'My applications' },
  navInbox: { id: 'Kotak masuk petugas', en: 'Officer inbox' },
  navDashboard: { id: 'Dasbor koordinator', en: 'Coordinator dashboard' },
  signIn: { id: 'Masuk', en: 'Sign in' },
  signOut: { id: 'Keluar', en: 'Sign out' },
  register: { id: 'Daftar', en: 'Register' },
  allMalls: { id: 'Semua mal', en: 'All malls' },
  phone: { id: 'Telepon', en: 'Phone' },
  openingHours: { id: 'Jam layanan', en: 'Opening hours' },
  backHome: { id: 'Kembali ke beranda', en: 'Back to the home page' },
  // home and service
  searchLabel: { id: 'Cari layanan', en: 'Find a service' },
  searchPlaceholder: {
    id: 'misalnya: KTP, akta kelahiran, PBG',
    en: 'for example: KTP, birth certificate, PBG',
  },
  search: { id: 'Cari', en: 'Search' },
  nothingFound: {
    id: 'Tidak ada layanan yang cocok. Coba kata lain, atau tanyakan di meja informasi mal.',
    en: 'No service matches. Try other words, or ask at the mall’s information desk.',
  },
  free: { id: 'Gratis', en: 'Free' },
  feeComputed: { id: 'Dihitung dari data permohonan', en: 'Computed from your application' },
  feeCommercial: { id: 'Tarif penyedia layanan', en: 'The provider’s own tariff' },
  provider: { id: 'Penyelenggara', en: 'Provider' },
  cost: { id: 'Biaya', en: 'Cost' },
  howLong: { id: 'Lama penyelesaian', en: 'How long it takes' },
  where: { id: 'Tempat', en: 'Where' },
  atTheMall: { id: 'Di mal pelayanan publik', en: 'At the public service mall' },
  product: { id: 'Hasil layanan', en: 'What you get' },
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  complaints: { id: 'Pengaduan', en: 'Complaints' },
  whatToBring: { id: 'Yang perlu disiapkan', en: 'What to bring' },
  optional: { id: 'tidak wajib', en: 'optional' },
  required: { id: 'wajib', en: 'required' },
  applyNow: { id: 'Ajukan permohonan', en: 'Apply' },
  officersDontApply: {
    id: 'Petugas tidak mengajukan permohonan dari akun petugas; masuk dengan akun pemohon.',
    en: 'Officers do not apply from an officer account; sign in with an applicant account.',
  },
  // apply
  applying: { id: 'Mengajukan permohonan', en: 'Applying' },
  applicationKind: { id: 'Jenis permohonan', en: 'Kind of application' },
  feeFacts: { id: 'Data untuk menghitung biaya', en: 'Facts the fee is computed from' },
  feeRow: { id: 'Jenis tarif', en: 'Tariff' },
  choose: { id: '— pilih —', en: '— choose —' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  feeToPay: { id: 'Biaya yang harus dibayar', en: 'Fee to pay' },
  feeNeedsFacts: {
    id: 'Isi data di atas untuk menghitung biaya',
    en: 'Fill in the facts above to compute the fee',
  },
  recalculate: {
    id: 'Hitung biaya dan perbarui persyaratan',
    en: 'Compute the fee and update the requirements',
  },
  documents: { id: 'Dokumen', en: 'Documents' },
  wrongType: {
    id: 'Jenis berkas tidak diterima: unggah PDF, PNG atau JPEG.',
    en: 'This kind of file is not accepted: upload a PDF, PNG or JPEG.',
  },
  fixUploads: {
    id: 'Ada berkas yang tidak dapat diterima. Perbaiki yang ditandai lalu kirim lagi; berkas lain sudah tersimpan.',
    en: 'Some files could not be accepted. Fix the ones marked and send again; the other files are kept.',
  },
  fixForm: {
    id: 'Formulir belum benar. Perbaiki yang ditandai lalu kirim lagi.',
    en: 'The form is not right yet. Fix what is marked and send it again.',
  },
  submitApplication: { id: 'Kirim permohonan', en: 'Submit the application' },
  submitted: {
    id: 'Permohonan Anda sudah diterima sistem. Simpan nomornya; halaman ini menunjukkan di mana berkas Anda.',
    en: 'Your application has been received. Keep its number; this page shows where your file is.',
  },
  formExpiredTitle: { id: 'Formulir kedaluwarsa', en: 'The form has expired' },
  formExpired: {
    id: 'Formulir ini sudah tidak berlaku (halaman lama, atau bukan dari situs ini). Buka halamannya lagi lalu isi ulang.',
    en: 'This form is no longer valid (an old page, or not from this site). Open the page again and fill it in once more.',
  },
  // tracking
  myApplications: { id: 'Permohonan saya', en: 'My applications' },
  noApplicationsYet: { id: 'Anda belum punya permohonan.', en: 'You have no applications yet.' },
  findService: { id: 'Cari layanan', en: 'Find a service' },
  trackTitle: { id: 'Lacak permohonan', en: 'Track the application' },
  number: { id: 'nomor', en: 'number' },
  whereIsIt: { id: 'Di mana berkas Anda sekarang', en: 'Where your file is now' },
  heldBy: { id: 'Ditangani oleh', en: 'Handled by' },
  returnedToYou: {
    id: 'Dikembalikan kepada Anda untuk diperbaiki',
    en: 'Returned to you for correction',
  },
  reason: { id: 'Alasan', en: 'Reason' },
  clockStopped: {
    id: 'Waktu penyelesaian berhenti sampai Anda mengajukan kembali.',
    en: 'The completion time stops until you resubmit.',
  },
  answerBy: { id: 'Ajukan kembali paling lambat', en: 'Resubmit by' },
  serviceDue: { id: 'Selesai paling lambat', en: 'Due by' },
  stepDue: { id: 'Tahap ini selesai paling lambat', en: 'This step is due by' },
  overdue: { id: 'terlambat', en: 'overdue' },
  provisional: { id: 'sementara', en: 'provisional' },
  resubmit: { id: 'Ajukan kembali', en: 'Resubmit' },
  withdraw: { id: 'Cabut permohonan', en: 'Withdraw the application' },
  history: { id: 'Riwayat', en: 'History' },
  noDocuments: { id: 'Tidak ada dokumen.', en: 'No documents.' },
  someoneFirst: {
    id: 'Orang lain sudah bertindak lebih dulu pada permohonan ini. Inilah keadaannya sekarang; tidak ada yang berubah karena tindakan Anda. Periksa lalu putuskan lagi.',
    en: 'Someone else acted first on this application. This is where it stands now; your action changed nothing. Check it and decide again.',
  },
  // accounts
  loginLabel: { id: 'Surel atau id petugas', en: 'E-mail or officer id' },
  loginHint: {
    id: 'Pemohon: surel saat mendaftar. Petugas: id dari administrator.',
    en: 'Applicants: the e-mail you registered with. Officers: the id from the administrator.',
  },
  password: { id: 'Kata sandi', en: 'Password' },
  noAccount: { id: 'Belum punya akun?', en: 'No account yet?' },
  haveAccount: { id: 'Sudah punya akun?', en: 'Have an account?' },
  wrongLogin: {
    id: 'Surel/id atau kata sandi salah. Periksa lalu coba lagi.',
    en: 'The e-mail/id or the password is wrong. Check them and try again.',
  },
  disabled: {
    id: 'Akun ini dinonaktifkan. Hubungi administrator mal.',
    en: 'This account is disabled. Contact the mall’s administrator.',
  },
  registerTitle: { id: 'Daftar sebagai pemohon', en: 'Register as an applicant' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  email: { id: 'Surel', en: 'E-mail' },
  emailHint: { id: 'Dipakai untuk masuk.', en: 'Used to sign in.' },
  nik: { id: 'NIK (tidak wajib)', en: 'NIK (optional)' },
  nikHint: {
    id: '16 angka di KTP-el; disimpan dan selalu ditampilkan tersamar.',
    en: '16 digits on the KTP-el; kept, and always shown masked.',
  },
  passwordAgain: { id: 'Ulangi kata sandi', en: 'Password again' },
  nameMissing: { id: 'Tulis nama lengkap Anda.', en: 'Write your full name.' },
  emailInvalid: {
    id: 'Tulis alamat surel yang sah, misalnya nama@contoh.id.',
    en: 'Write a valid e-mail address, such as name@example.id.',
  },
  emailTaken: {
    id: 'Surel ini sudah terdaftar. Masuk dengan surel ini, atau pakai surel lain.',
    en: 'This e-mail is registered already. Sign in with it, or use another one.',
  },
  nikInvalid: {
    id: 'NIK tidak sah: harus 16 angka dengan kode wilayah dan tanggal lahir yang benar. Periksa KTP-el Anda, atau kosongkan.',
    en: 'The NIK is not valid: 16 digits with a real region code and birth date. Check your KTP-el, or leave it empty.',
  },
  passwordMismatch: {
    id: 'Kedua kata sandi tidak sama. Ketik ulang.',
    en: 'The two passwords differ. Type them again.',
  },
  // officer desk
  inboxTitle: { id: 'Kotak masuk', en: 'Inbox' },
  inboxFor: { id: 'Menunggu tindakan Anda sebagai', en: 'Waiting for you as' },
  service: { id: 'Layanan', en: 'Service' },
  step: { id: 'Tahap', en: 'Step' },
  all: { id: 'Semua', en: 'All' },
  filter: { id: 'Saring', en: 'Filter' },
  inboxEmpty: {
    id: 'Tidak ada permohonan yang menunggu Anda.',
    en: 'No application is waiting for you.',
  },
  dueDate: { id: 'Tenggat', en: 'Due' },
  submittedCol: { id: 'Diajukan', en: 'Submitted' },
  applicationTitle: { id: 'Permohonan', en: 'Application' },
  applicant: { id: 'Pemohon', en: 'Applicant' },
  nowAt: { id: 'Sekarang', en: 'Now' },
  teamReview: { id: 'Kajian tim teknis (putaran ini)', en: 'Technical team review (this round)' },
  approved: { id: 'sudah menyetujui', en: 'approved' },
  refused: { id: 'menolak', en: 'refused' },
  waiting: { id: 'belum memutuskan', en: 'not decided yet' },
  yourActions: { id: 'Tindakan Anda', en: 'Your actions' },
  nothingForYou: {
    id: 'Tidak ada yang dapat Anda lakukan pada permohonan ini sekarang.',
    en: 'There is nothing you can do on this application now.',
  },
  returnReason: {
    id: 'Alasan dikembalikan (apa yang harus diperbaiki pemohon)',
    en: 'Why it is returned (what the applicant must correct)',
  },
  reasonLabel: { id: 'Alasan', en: 'Reason' },
  reasonMissing: {
    id: 'Tindakan ini memerlukan alasan. Tulis alasannya lalu kirim lagi.',
    en: 'This action needs a reason. Write it and send again.',
  },
  extendDays: { id: 'Tambahan hari', en: 'Extra days' },
  notYours: {
    id: 'Tindakan ini bukan untuk peran Anda. Tidak ada yang berubah.',
    en: 'This action is not for your role. Nothing changed.',
  },
  checklist: { id: 'Daftar periksa persyaratan', en: 'Requirement checklist' },
  req_present: { id: 'ada', en: 'handed in' },
  req_missing: { id: 'belum ada', en: 'missing' },
  req_optional: { id: 'tidak wajib', en: 'optional' },
  req_conditional: { id: 'bersyarat, diputuskan petugas', en: 'conditional, the officer decides' },
  // queue (antrean)
  navQueue: { id: 'Antrean', en: 'Queue' },
  navBoard: { id: 'Papan antrean', en: 'Queue board' },
  queueTitle: { id: 'Ambil nomor antrean', en: 'Take a queue number' },
  priorityLabel: {
    id: 'Kelompok yang didahulukan (UU 25/2009 Pasal 29)',
    en: 'Group served first (UU 25/2009 Art. 29)',
  },
  priorityNone: { id: 'Tidak termasuk', en: 'None of these' },
  visitWhen: { id: 'Kapan Anda datang', en: 'When you come' },
  walkIn: { id: 'Datang langsung hari ini', en: 'Walk in today' },
  takeTicket: { id: 'Ambil nomor', en: 'Take a number' },
  ticketTitle: { id: 'Nomor antrean Anda', en: 'Your queue number' },
  nextUp: { id: 'Anda berikutnya', en: 'You are next' },
  ticketKeep: {
    id: 'Halaman ini diperbarui sendiri; tanpa JavaScript, muat ulang halaman untuk melihat posisi terbaru.',
    en: 'This page updates by itself; without JavaScript, reload it to see the latest position.',
  },
  refresh: { id: 'Muat ulang', en: 'Reload' },
  boardTitle: { id: 'Papan antrean', en: 'Queue board' },
  boardNowCalling: { id: 'Dipanggil', en: 'Now calling' },
  boardWaiting: { id: 'Menunggu', en: 'Waiting' },
  boardLive: {
    id: 'Papan ini diperbarui sendiri; tanpa JavaScript, muat ulang halaman.',
    en: 'This board updates by itself; without JavaScript, reload the page.',
  },
  allCounters: { id: 'Semua gerai', en: 'All counters' },
  show: { id: 'Tampilkan', en: 'Show' },
  myCounters: { id: 'Gerai Anda', en: 'Your counters' },
  noCounters: {
    id: 'Anda tidak bertugas di gerai yang memiliki antrean.',
    en: 'You work at no counter that has a queue.',
  },
  callNext: { id: 'Panggil berikutnya', en: 'Call next' },
  nobodyWaits: { id: 'Tidak ada yang menunggu.', en: 'Nobody is waiting.' },
  calledTickets: { id: 'Sedang dilayani', en: 'Being served' },
  ticketNumber: { id: 'Nomor', en: 'Number' },
  priority: { id: 'Prioritas', en: 'Priority' },
  since: { id: 'Sejak', en: 'Since' },
  recall: { id: 'Panggil ulang', en: 'Call again' },
  markServed: { id: 'Selesai dilayani', en: 'Served' },
  markNoShow: { id: 'Tidak hadir', en: 'Did not come' },
  transfer: { id: 'Alihkan', en: 'Transfer' },
  // complaints (pengaduan)
  navComplaints: { id: 'Pengaduan', en: 'Complaints' },
  navComplaintInbox: { id: 'Pengaduan masuk', en: 'Complaint inbox' },
  complainThis: { id: 'Adukan permohonan ini', en: 'Complain about this application' },
  complaintNewTitle: { id: 'Sampaikan pengaduan', en: 'File a complaint' },
  complaintIntro: {
    id: 'Pengaduan diteruskan kepada instansi yang berwenang dan dijawab dalam jangka waktu kategorinya, dalam hari kerja (SP4N-LAPOR!).',
    en: 'Complaints go to the agency concerned and are answered within their category’s term, in working days (SP4N-LAPOR!).',
  },
  category: { id: 'Kategori', en: 'Category' },
  complaintTitleLabel: { id: 'Judul laporan', en: 'Title' },
  complaintContent: { id: 'Isi laporan: apa yang terjadi', en: 'What happened' },
  eventDate: { id: 'Tanggal kejadian (tidak wajib)', en: 'Date of the event (optional)' },
  eventPlace: { id: 'Lokasi kejadian (tidak wajib)', en: 'Place of the event (optional)' },
  complaintAttachment: { id: 'Lampiran (tidak wajib)', en: 'Attachment (optional)' },
  privacy: { id: 'Identitas Anda', en: 'Your identity' },
  anonymousLabel: {
    id: 'Anonim: tidak seorang pun mengetahui siapa pelapornya',
    en: 'Anonymous: nobody learns who reported it',
  },
  confidentialLabel: {
    id: 'Rahasia: instansi yang diadukan tidak melihat identitas saya',
    en: 'Confidential: the agency concerned does not see who I am',
  },
  notSignedInReporter: {
    id: 'Anda belum masuk: pengaduan tercatat tanpa identitas. Simpan nomornya untuk melacaknya.',
    en: 'You are not signed in: the complaint is recorded without your identity. Keep its number to track it.',
  },
  reporterContact: {
    id: 'Kontak untuk jawaban (surel atau telepon, tidak wajib)',
    en: 'Contact for the answer (e-mail or phone, optional)',
  },
  sendComplaint: { id: 'Kirim pengaduan', en: 'Send the complaint' },
  trackComplaintTitle: { id: 'Lacak pengaduan', en: 'Track a complaint' },
  complaintNumber: { id: 'Nomor pengaduan', en: 'Complaint number' },
  track: { id: 'Lacak', en: 'Track' },
  complaintNotFound: {
    id: 'Tidak ada pengaduan dengan nomor itu. Periksa nomornya (misalnya ADU-2026-000001).',
    en: 'There is no complaint with that number. Check it (for example ADU-2026-000001).',
  },
  status: { id: 'Status', en: 'Status' },
  received: { id: 'Diterima', en: 'Received' },
  firstResponseDue: { id: 'Tanggapan awal paling lambat', en: 'First response due' },
  answerDue: { id: 'Dijawab paling lambat', en: 'Answer due' },
  answer: { id: 'Jawaban', en: 'Answer' },
  confidentialHidden: {
    id: 'Pengaduan rahasia: judul dan jawabannya hanya terlihat oleh pelapornya setelah masuk.',
    en: 'A confidential complaint: its title and answer are shown to its reporter only, signed in.',
  },
  myComplaints: { id: 'Pengaduan saya', en: 'My complaints' },
  complaintInboxTitle: { id: 'Pengaduan masuk', en: 'Complaint inbox' },
  noComplaints: { id: 'Belum ada pengaduan.', en: 'No complaints yet.' },
  reporter: { id: 'Pelapor', en: 'Reporter' },
  reporterHidden: {
    id: 'Identitas pelapor dirahasiakan',
    en: 'The reporter’s identity is withheld',
  },
  application: { id: 'Permohonan', en: 'Application' },
  act_verify: { id: 'Verifikasi (tanggapan awal)', en: 'Verify (first response)' },
  act_assign: { id: 'Teruskan ke instansi', en: 'Assign to the agency' },
  act_answer: { id: 'Kirim jawaban', en: 'Send the answer' },
  act_reopen: {
    id: 'Buka kembali: jawaban belum menyelesaikan masalah',
    en: 'Reopen: the answer does not settle it',
  },
  act_close: { id: 'Tutup pengaduan', en: 'Close the complaint' },
  answerLabel: { id: 'Jawaban untuk pelapor', en: 'Answer to the reporter' },
  noteLabel: { id: 'Catatan (tidak wajib)', en: 'Note (optional)' },
  assignTo: { id: 'Instansi tujuan', en: 'Agency' },
  complaintChanged: {
    id: 'Pengaduan ini berubah sementara itu. Inilah keadaannya sekarang; tindakan Anda tidak mengubah apa pun.',
    en: 'This complaint changed meanwhile. This is where it stands now; your action changed nothing.',
  },
  // coordinator
  dashboardTitle: { id: 'Dasbor koordinator', en: 'Coordinator dashboard' },
  compliancePerAgency: { id: 'Ketepatan waktu per instansi', en: 'On time, per agency' },
  compliancePerStep: {
    id: 'Ketepatan waktu per layanan dan tahap',
    en: 'On time, per service and step',
  },
  agency: { id: 'Instansi', en: 'Agency' },
  colCount: { id: 'Jumlah', en: 'Count' },
  colOnTime: { id: 'Tepat waktu', en: 'On time' },
  colLate: { id: 'Terlambat', en: 'Late' },
  colPending: { id: 'Berjalan', en: 'Open' },
  colPercent: { id: '% tepat waktu', en: '% on time' },
  noData: { id: 'Belum ada data.', en: 'No data yet.' },
  overdueTitle: { id: 'Permohonan terlambat', en: 'Overdue applications' },
  noneOverdue: { id: 'Tidak ada yang terlambat.', en: 'None is overdue.' },
  handoffsTitle: { id: 'Serah terima antarinstansi', en: 'Handoffs between agencies' },
  from: { id: 'Dari', en: 'From' },
  to: { id: 'Ke', en: 'To' },
  medianDays: { id: 'Median (hari kerja)', en: 'Median (working days)' },
  wogTitle: { id: 'Penilaian Whole of Government', en: 'Whole-of-Government assessment' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  verdict: { id: 'Hasil', en: 'Verdict' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  met: { id: 'terpenuhi', en: 'met' },
  notMet: { id: 'belum terpenuhi', en: 'not met' },
  counter: { id: 'Gerai', en: 'Counter' },
  hour: { id: 'Jam', en: 'Hour' },
  colCalled: { id: 'Dipanggil', en: 'Called' },
  colMeanWait: { id: 'Rerata tunggu', en: 'Mean wait' },
  colP90Wait: { id: 'Persentil 90 tunggu', en: '90th percentile wait' },
  colMeanService: { id: 'Rerata layanan', en: 'Mean service' },
  colOpen: { id: 'Terbuka', en: 'Open' },
  colAnsweredOnTime: { id: 'Dijawab tepat waktu', en: 'Answered on time' },
  colAnsweredLate: { id: 'Dijawab terlambat', en: 'Answered late' },
  colOverdue: { id: 'Lewat tenggat', en: 'Overdue' },
  colFirstResponse: { id: 'Tanggapan awal tepat waktu', en: 'First response on time' },
} satisfies Record<string, LocaleText>;

/** The desks' messages that name values, by key, with their named parameters (`say(c, 'found', { count, query })`). */
export const webMessages = defineMessages({
  allServices: ({ count }: { readonly count: string }) => ({
    id: `Semua layanan (${count})`,
    en: `All services (${count})`,
  }),
  found: ({ count, query }: { readonly count: string; readonly query: string }) => ({
    id: `${count} layanan untuk “${query}”`,
    en: `${count} services for “${query}”`,
  }),
  requiredWhen: ({ condition }: { readonly condition: string }) => ({
    id: `wajib bila: ${condition}`,
    en: `required when: ${condition}`,
  }),
  onlyFor: ({ kinds }: { readonly kinds: string }) => ({
    id: `hanya untuk ${kinds}`,
    en: `only for ${kinds}`,
  }),
  applyTitle: ({ service }: { readonly service: string }) => ({
    id: `Ajukan: ${service}`,
    en: `Apply: ${service}`,
  }),
  uploadRules: ({ mb }: { readonly mb: string }) => ({
    id: `Unggah PDF, PNG atau JPEG, paling besar ${mb} MB per berkas.`,
    en: `Upload PDF, PNG or JPEG, at most ${mb} MB per file.`,
  }),
  alreadyUploaded: ({ name, kb }: { readonly name: string; readonly kb: string }) => ({
    id: `Sudah diunggah: ${name} (${kb} KB). Pilih berkas lain untuk menggantinya.`,
    en: `Uploaded: ${name} (${kb} KB). Choose another file to replace it.`,
  }),
  tooLarge: ({ mb }: { readonly mb: string }) => ({
    id: `Berkas terlalu besar: paling besar ${mb} MB. Perkecil (misalnya pindai ulang dengan resolusi lebih rendah) lalu unggah lagi.`,
    en: `The file is too large: at most ${mb} MB. Make it smaller (scan again at a lower resolution, for example) and upload it again.`,
  }),
  submittedOn: ({ date }: { readonly date: string }) => ({
    id: `diajukan ${date}`,
    en: `submitted ${date}`,
  }),
  provisionalWhy: ({ from }: { readonly from: string }) => ({
    id: `Tanggal ini sementara: hari libur sejak ${from} belum ditetapkan pemerintah, jadi hanya akhir pekan yang dilewati. Tanggal dapat bergeser setelah keputusan hari libur terbit.`,
    en: `This date is provisional: the holidays from ${from} on have not been decreed yet, so only weekends are skipped. It may move once the holiday decree is out.`,
  }),
  locked: ({ until }: { readonly until: string }) => ({
    id: `Terlalu banyak percobaan yang salah: akun dikunci sampai ${until}. Coba lagi setelahnya.`,
    en: `Too many wrong tries: the account is locked until ${until}. Try again after that.`,
  }),
  tooManyTries: ({ seconds }: { readonly seconds: string }) => ({
    id: `Terlalu banyak percobaan masuk dari alamat Anda. Coba lagi dalam ${seconds} detik.`,
    en: `Too many sign-in attempts from your address. Try again in ${seconds} seconds.`,
  }),
  passwordHint: ({ minLength }: { readonly minLength: string }) => ({
    id: `paling sedikit ${minLength} karakter`,
    en: `at least ${minLength} characters`,
  }),
  passwordShort: ({ minLength }: { readonly minLength: string }) => ({
    id: `Kata sandi terlalu pendek: paling sedikit ${minLength} karakter.`,
    en: `The password is too short: at least ${minLength} characters.`,
  }),
  waitingCount: ({ count }: { readonly count: string }) => ({
    id: `${count} permohonan, tenggat terdekat lebih dulu`,
    en: `${count} applications, soonest due first`,
  }),
  actionDone: ({ action }: { readonly action: string }) => ({
    id: `Tercatat: ${action}.`,
    en: `Recorded: ${action}.`,
  }),
  queueAt: ({ counter }: { readonly counter: string }) => ({
    id: `Antrean ${counter}`,
    en: `Queue at ${counter}`,
  }),
  slotOption: ({
    date,
    from,
    to,
  }: {
    readonly date: string;
    readonly from: string;
    readonly to: string;
  }) => ({
    id: `Janji temu ${date}, ${from}–${to}`,
    en: `Appointment ${date}, ${from}–${to}`,
  }),
  ahead: ({ count }: { readonly count: string }) => ({
    id: `${count} orang di depan Anda`,
    en: `${count} ahead of you`,
  }),
  calledNow: ({ counter }: { readonly counter: string }) => ({
    id: `Nomor Anda dipanggil: silakan ke ${counter}`,
    en: `Your number is called: please go to ${counter}`,
  }),
  ticketStatusNow: ({ status }: { readonly status: string }) => ({
    id: `Status: ${status}`,
    en: `Status: ${status}`,
  }),
  appointmentAt: ({ date, slot }: { readonly date: string; readonly slot: string }) => ({
    id: `Janji temu ${date}, ${slot}; nomor Anda dipanggil mulai awal slot.`,
    en: `Appointment ${date}, ${slot}; your number is called from the slot’s start.`,
  }),
  counterDeskTitle: ({ counter }: { readonly counter: string }) => ({
    id: `Meja antrean: ${counter}`,
    en: `Queue desk: ${counter}`,
  }),
  transferTo: ({ ticket }: { readonly ticket: string }) => ({
    id: `Alihkan ${ticket} ke`,
    en: `Transfer ${ticket} to`,
  }),
  ticketMoved: ({ ticket, status }: { readonly ticket: string; readonly status: string }) => ({
    id: `${ticket}: ${status}.`,
    en: `${ticket}: ${status}.`,
  }),
  aboutApplication: ({ id }: { readonly id: string }) => ({
    id: `Tentang permohonan nomor ${id}`,
    en: `About application number ${id}`,
  }),
  categoryTerm: ({ days }: { readonly days: string }) => ({
    id: `dijawab paling lama ${days} hari kerja`,
    en: `answered within ${days} working days`,
  }),
  attachmentNumber: ({ number }: { readonly number: string }) => ({
    id: `Lampiran ${number}`,
    en: `Attachment ${number}`,
  }),
  complaintSent: ({ number }: { readonly number: string }) => ({
    id: `Pengaduan Anda diterima dengan nomor ${number}. Simpan nomornya untuk melacaknya.`,
    en: `Your complaint has been received as number ${number}. Keep the number to track it.`,
  }),
  complaintTitle: ({ number }: { readonly number: string }) => ({
    id: `Pengaduan ${number}`,
    en: `Complaint ${number}`,
  }),
  reportAsOf: ({ date, count }: { readonly date: string; readonly count: string }) => ({
    id: `Per ${date}: ${count} permohonan. Angka yang sama dengan mpp report.`,
    en: `As of ${date}: ${count} applications. The same figures as mpp report.`,
  }),
  handoffsSummary: ({
    count,
    medianDays,
  }: {
    readonly count: string;
    readonly medianDays: string;
  }) => ({
    id: `${count} serah terima; median ${medianDays} hari kerja.`,
    en: `${count} handoffs; median ${medianDays} working days.`,
  }),
  wogMet: ({ met, total }: { readonly met: string; readonly total: string }) => ({
    id: `${met} dari ${total} indikator terpenuhi.`,
    en: `${met} of ${total} indicators met.`,
  }),
  queueWaitsTitle: ({ from, to }: { readonly from: string; readonly to: string }) => ({
    id: `Waktu tunggu antrean per gerai dan jam (${from} s.d. ${to}, menit)`,
    en: `Queue waits per counter and hour (${from} to ${to}, minutes)`,
  }),
  complaintsPerAgency: ({ date }: { readonly date: string }) => ({
    id: `Pengaduan per instansi dan jangka waktunya (per ${date})`,
    en: `Complaints per agency and their terms (as of ${date})`,
  }),
});

/** A key of {@link webTexts}: a text that names no value. */
export type WebTextKey = keyof typeof webTexts;

/** A key of {@link webMessages}: a message that names values. */
export type WebMessageKey = keyof typeof webMessages;

/** What `say` takes after a key: the message's parameters, or nothing for a fixed text. */
export type WebTextArguments<K extends WebTextKey | WebMessageKey> = [K] extends [WebMessageKey]
  ? [params: Parameters<(typeof webMessages)[K]['en']>[0]]
  : [];
