/**
 * Statutory starting texts for the rights and obligations sections, from UU 25/2009 tentang
 * Pelayanan Publik: Pasal 18 (hak masyarakat), Pasal 19 (kewajiban masyarakat), Pasal 14 (hak
 * penyelenggara) and Pasal 15 (kewajiban penyelenggara). The console offers them as drafts
 * ("Gunakan teks undang-undang sebagai draf"): each letter becomes one proposed clause whose
 * legal basis names its letter ("UU 25/2009 Pasal 18 huruf a"), and the room then localises the
 * wording (who, where, by when) before it agrees anything. charter-method.md §1.3.
 *
 * Letters included:
 * - Pasal 18 a-i (all nine): every one is a right users hold against this service.
 * - Pasal 19 a-c (all three).
 * - Pasal 14 a-e (all five).
 * - Pasal 15 a-i; j, k and l are left out: they concern the organisation's management and the
 *   accountability of officials who resign or are summoned, not the service users receive.
 * The Indonesian wording follows the Act as reproduced in charter-method.md §1.3 (Pasal 15 is
 * verified there; Pasal 14, 18 and 19 are not yet checked against the official text). A local
 * office must check each text against the official publication (peraturan.bpk.go.id or JDIH)
 * before the charter is signed. The English lines are our translation, not an official one.
 */
import type { ObligatedParty } from './clauses';
import type { SectionCode } from './sections';
import type { BilingualText } from './text';

export type StatutorySectionCode = 'HAK_PENGGUNA' | 'KEWAJIBAN_PENGGUNA' | 'HAK_PENYELENGGARA' | 'KEWAJIBAN_PENYELENGGARA';

export interface StatutoryLetter {
  letter: string;
  text: BilingualText;
}

export interface StatutoryArticle {
  sectionCode: StatutorySectionCode;
  /** "UU 25/2009 Pasal 18": the letter is appended by `statutoryLegalBasis`. */
  article: string;
  /** Who must honour the clauses drafted from this article. */
  obligatedParty: ObligatedParty;
  /** The Act's opening words ("Masyarakat berhak:"). */
  chapeau: BilingualText;
  letters: readonly StatutoryLetter[];
}

const l = (letter: string, id: string, en: string): StatutoryLetter => ({ letter, text: { id, en } });

export const STATUTORY_ARTICLES: readonly StatutoryArticle[] = [
  {
    sectionCode: 'HAK_PENGGUNA',
    article: 'UU 25/2009 Pasal 18',
    obligatedParty: 'provider',
    chapeau: { id: 'Masyarakat berhak:', en: 'The public has the right:' },
    letters: [
      l('a', 'mengetahui kebenaran isi standar pelayanan;', 'to know the true content of the service standard;'),
      l('b', 'mengawasi pelaksanaan standar pelayanan;', 'to oversee how the service standard is carried out;'),
      l('c', 'mendapat tanggapan terhadap pengaduan yang diajukan;', 'to receive a response to the complaints they file;'),
      l('d', 'mendapat advokasi, perlindungan, dan/atau pemenuhan pelayanan;', 'to receive advocacy, protection and/or fulfilment of the service;'),
      l(
        'e',
        'memberitahukan kepada pimpinan penyelenggara untuk memperbaiki pelayanan apabila pelayanan yang diberikan tidak sesuai dengan standar pelayanan;',
        "to tell the provider's head to improve the service when the service given does not meet the service standard;",
      ),
      l(
        'f',
        'memberitahukan kepada pelaksana untuk memperbaiki pelayanan apabila pelayanan yang diberikan tidak sesuai dengan standar pelayanan;',
        'to tell the staff to improve the service when the service given does not meet the service standard;',
      ),
      l(
        'g',
        'mengadukan pelaksana yang melakukan penyimpangan standar pelayanan dan/atau tidak memperbaiki pelayanan kepada penyelenggara dan ombudsman;',
        'to complain to the provider and the Ombudsman about staff who depart from the service standard and/or do not improve the service;',
      ),
      l(
        'h',
        'mengadukan penyelenggara yang melakukan penyimpangan standar pelayanan dan/atau tidak memperbaiki pelayanan kepada pembina penyelenggara dan ombudsman;',
        "to complain to the provider's supervising authority and the Ombudsman about a provider that departs from the service standard and/or does not improve the service;",
      ),
      l('i', 'mendapat pelayanan yang berkualitas sesuai dengan asas dan tujuan pelayanan.', 'to receive a quality service in line with the principles and aims of public service.'),
    ],
  },
  {
    sectionCode: 'KEWAJIBAN_PENGGUNA',
    article: 'UU 25/2009 Pasal 19',
    obligatedParty: 'user',
    chapeau: { id: 'Masyarakat berkewajiban:', en: 'The public is obliged:' },
    letters: [
      l('a', 'mematuhi dan memenuhi ketentuan sebagaimana dipersyaratkan dalam standar pelayanan;', 'to comply with and meet the requirements set in the service standard;'),
      l(
        'b',
        'ikut menjaga terpeliharanya sarana, prasarana, dan/atau fasilitas pelayanan publik;',
        'to help look after the equipment, infrastructure and/or facilities of the public service;',
      ),
      l(
        'c',
        'berpartisipasi aktif dan mematuhi peraturan perundang-undangan yang terkait dengan penyelenggaraan pelayanan publik.',
        'to take an active part in, and comply with the laws and regulations on, the delivery of public services.',
      ),
    ],
  },
  {
    sectionCode: 'HAK_PENYELENGGARA',
    article: 'UU 25/2009 Pasal 14',
    obligatedParty: 'both',
    chapeau: { id: 'Penyelenggara memiliki hak:', en: 'The provider has the right:' },
    letters: [
      l('a', 'memberikan pelayanan tanpa dihambat pihak lain yang bukan tugasnya;', 'to deliver the service without obstruction by others whose task it is not;'),
      l('b', 'melakukan kerja sama;', 'to cooperate with other parties;'),
      l('c', 'mempunyai anggaran pembiayaan penyelenggaraan pelayanan publik;', 'to have a budget to fund the delivery of the public service;'),
      l(
        'd',
        'melakukan pembelaan terhadap pengaduan dan tuntutan yang tidak sesuai dengan kenyataan dalam penyelenggaraan pelayanan publik;',
        'to defend itself against complaints and claims about the delivery of the public service that do not match the facts;',
      ),
      l('e', 'menolak permintaan pelayanan yang bertentangan dengan peraturan perundang-undangan.', 'to refuse requests for service that conflict with the laws and regulations.'),
    ],
  },
  {
    sectionCode: 'KEWAJIBAN_PENYELENGGARA',
    article: 'UU 25/2009 Pasal 15',
    obligatedParty: 'provider',
    chapeau: { id: 'Penyelenggara berkewajiban:', en: 'The provider is obliged:' },
    letters: [
      l('a', 'menyusun dan menetapkan standar pelayanan;', 'to draw up and set the service standard;'),
      l('b', 'menyusun, menetapkan, dan memublikasikan maklumat pelayanan;', 'to draw up, set and publish the service pledge (maklumat pelayanan);'),
      l('c', 'menempatkan pelaksana yang kompeten;', 'to assign competent staff;'),
      l(
        'd',
        'menyediakan sarana, prasarana, dan/atau fasilitas pelayanan publik yang mendukung terciptanya iklim pelayanan yang memadai;',
        'to provide the equipment, infrastructure and/or facilities that make an adequate service possible;',
      ),
      l(
        'e',
        'memberikan pelayanan yang berkualitas sesuai dengan asas penyelenggaraan pelayanan publik;',
        'to deliver a quality service in line with the principles of public service delivery;',
      ),
      l('f', 'melaksanakan pelayanan sesuai dengan standar pelayanan;', 'to deliver the service according to the service standard;'),
      l(
        'g',
        'berpartisipasi aktif dan mematuhi peraturan perundang-undangan yang terkait dengan penyelenggaraan pelayanan publik;',
        'to take an active part in, and comply with the laws and regulations on, the delivery of public services;',
      ),
      l('h', 'memberikan pertanggungjawaban terhadap pelayanan yang diselenggarakan;', 'to account for the service it delivers;'),
      l('i', 'membantu masyarakat dalam memahami hak dan tanggung jawabnya;', 'to help the public understand their rights and responsibilities;'),
    ],
  },
];

export function isStatutorySection(code: SectionCode): code is StatutorySectionCode {
  return STATUTORY_ARTICLES.some((a) => a.sectionCode === code);
}

export function statutoryArticleFor(code: SectionCode): StatutoryArticle | undefined {
  return STATUTORY_ARTICLES.find((a) => a.sectionCode === code);
}

/** "UU 25/2009 Pasal 18 huruf a": the clause's legal basis, naming its letter. */
export function statutoryLegalBasis(article: StatutoryArticle, letter: StatutoryLetter): string {
  return `${article.article} huruf ${letter.letter}`;
}

export interface StatutoryDraft {
  sectionCode: StatutorySectionCode;
  text: BilingualText;
  legalBasis: string;
  obligatedParty: ObligatedParty;
}

/** Drops the list punctuation of the Act (";", "; dan", ".") and opens the clause with the chapeau's subject. */
function asClause(chapeau: string, item: string): string {
  const body = item.replace(/(;\s*(dan|and)?|\.)\s*$/u, '').trim();
  return `${chapeau.replace(/:$/, '')} ${body}.`;
}

/** One proposed clause per letter, in the Act's order, each naming its letter as legal basis. */
export function statutoryDrafts(code: SectionCode): StatutoryDraft[] {
  const article = statutoryArticleFor(code);
  if (!article) return [];
  return article.letters.map((letter) => ({
    sectionCode: article.sectionCode,
    text: {
      id: asClause(article.chapeau.id, letter.text.id),
      en: asClause(article.chapeau.en ?? '', letter.text.en ?? ''),
    },
    legalBasis: statutoryLegalBasis(article, letter),
    obligatedParty: article.obligatedParty,
  }));
}
