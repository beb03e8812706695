/**
 * Scales for checking agreement on a clause (charter-method.md §2.3):
 * - Kaner's Gradients of Agreement, 1-8 (Facilitator's Guide, 2014 wording);
 * - the older Community At Work variant, where 5-7 are stand-aside and formal disagreement;
 * - fist-to-five, 0-5: consensus when everyone shows at least 3.
 * Each level maps onto one `AnswerKind`; the outcome rules only look at kinds, so a new preset
 * needs no new outcome logic. Levels whose holder must say why (blocks, serious disagreement,
 * below 3 on fist-to-five) have `reasonRequired`.
 */

export const ANSWER_KINDS = ['support', 'reservation', 'abstain', 'more_discussion', 'stand_aside', 'disagree', 'block'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface ScaleLevel {
  value: number;
  kind: AnswerKind;
  reasonRequired: boolean;
  label: { id: string; en: string };
}

export const CONSENSUS_PRESET_IDS = ['kaner_gradients', 'kaner_gradients_caw', 'fist_to_five'] as const;
export type ConsensusPresetId = (typeof CONSENSUS_PRESET_IDS)[number];

export interface ConsensusPreset {
  id: ConsensusPresetId;
  name: { id: string; en: string };
  levels: readonly ScaleLevel[];
}

const level = (value: number, kind: AnswerKind, id: string, en: string, reasonRequired = false): ScaleLevel => ({
  value,
  kind,
  reasonRequired,
  label: { id, en },
});

const KANER_COMMON = [
  level(1, 'support', 'Dukungan penuh', 'Whole-hearted endorsement'),
  level(2, 'reservation', 'Setuju, dengan sedikit catatan', 'Agreement with a minor point of contention'),
  level(3, 'reservation', 'Mendukung, dengan catatan', 'Support with reservations'),
  level(4, 'abstain', 'Abstain: tidak berpengaruh bagi saya', 'Abstain: this does not affect me'),
];

export const CONSENSUS_PRESETS: Readonly<Record<ConsensusPresetId, ConsensusPreset>> = {
  kaner_gradients: {
    id: 'kaner_gradients',
    name: { id: 'Gradasi kesepakatan (Kaner)', en: 'Gradients of agreement (Kaner)' },
    levels: [
      ...KANER_COMMON,
      level(5, 'more_discussion', 'Perlu diskusi lagi', 'More discussion needed'),
      level(6, 'reservation', 'Tidak suka, tetapi mendukung', "Don't like it but will support it"),
      level(7, 'disagree', 'Sangat tidak setuju', 'Serious disagreement', true),
      level(8, 'block', 'Veto / menolak', 'Veto / block', true),
    ],
  },
  kaner_gradients_caw: {
    id: 'kaner_gradients_caw',
    name: { id: 'Gradasi kesepakatan (Community At Work, versi lama)', en: 'Gradients of agreement (older Community At Work)' },
    levels: [
      ...KANER_COMMON,
      level(5, 'stand_aside', 'Tidak ikut, tetapi tidak menghalangi', 'Stand aside'),
      level(6, 'reservation', 'Keberatan resmi, tetapi ikut mayoritas', 'Formal disagreement, but will go with the majority', true),
      level(7, 'stand_aside', 'Keberatan resmi, minta dibebaskan dari pelaksanaan', 'Formal disagreement, absolve me from implementing it', true),
      level(8, 'block', 'Menolak (blok)', 'Block', true),
    ],
  },
  fist_to_five: {
    id: 'fist_to_five',
    name: { id: 'Skala jari 0–5 (fist to five)', en: 'Fist to five' },
    levels: [
      level(0, 'block', 'Tangan mengepal (0 jari): menolak', 'Fist: block', true),
      level(1, 'disagree', 'Satu jari: perlu perubahan besar', 'One: needs major changes', true),
      level(2, 'disagree', 'Dua jari: ada keberatan, perlu dibahas', 'Two: concerns to discuss', true),
      level(3, 'reservation', 'Tiga jari: bisa menerima', 'Three: I can live with it'),
      level(4, 'support', 'Empat jari: mendukung', 'Four: I support it'),
      level(5, 'support', 'Lima jari: mendukung penuh, siap memimpin', 'Five: full support, I will help lead it'),
    ],
  },
};

export function levelOf(presetId: ConsensusPresetId, value: number): ScaleLevel | undefined {
  return CONSENSUS_PRESETS[presetId].levels.find((l) => l.value === value);
}
