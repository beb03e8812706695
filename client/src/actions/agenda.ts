import type { Command } from '../../../shared/commands/commandSchema';
import type { ClockAction } from '../../../shared/rules/stepClock';
import type { AgendaMethod, AgendaStep } from '../../../shared/schema/agenda';
import type { SectionCode } from '../../../shared/schema/sections';
import type { AgendaStepId } from '../../../shared/schema/ids';

const step = (n: number, method: AgendaMethod, id: string, en: string, plannedMinutes: number, sectionCodes: SectionCode[] = []): AgendaStep => ({
  id: `step-${n}` as AgendaStepId,
  method,
  title: { id, en },
  plannedMinutes,
  sectionCodes,
});

/**
 * The ten-step agenda of a Kontrak Pelayanan workshop (charter-method.md §4), offered when a
 * new workshop has none yet. The facilitator can still change it later with setAgenda.
 */
export function standardAgenda(): AgendaStep[] {
  return [
    step(1, 'promotion', 'Pembukaan dan pengenalan Kontrak Pelayanan', 'Opening & the Citizen Charter idea', 30),
    step(2, 'complaint_review', 'Kajian pengaduan dan hasil SKM', 'Review of complaints and the satisfaction survey', 45),
    step(3, 'stakeholder_mapping', 'Pemetaan pemangku kepentingan', 'Stakeholder mapping', 40),
    step(4, 'user_groups', 'Identifikasi kelompok pengguna', 'User groups', 30),
    step(5, 'vision_mission', 'Visi dan misi pelayanan', 'Vision & mission', 30, ['VISI_MISI']),
    step(6, 'drafting', 'Penyusunan klausul per bagian', 'Drafting clauses by section', 120),
    step(7, 'dot_vote', 'Penentuan prioritas dengan titik', 'Dot vote on priorities', 20),
    step(8, 'consensus_check', 'Uji kesepakatan', 'Consensus check', 90),
    step(9, 'rights_obligations', 'Hak, kewajiban, dan sanksi', 'Rights, obligations, sanctions', 45, [
      'HAK_PENGGUNA',
      'KEWAJIBAN_PENGGUNA',
      'HAK_PENYELENGGARA',
      'KEWAJIBAN_PENYELENGGARA',
      'SANKSI_KOMPENSASI',
      'MAKLUMAT',
    ]),
    step(10, 'sign_off', 'Penandatanganan dan Maklumat Pelayanan', 'Sign-off & service pledge', 30),
  ];
}

export const setStandardAgenda = (): Command => ({ type: 'setAgenda', steps: standardAgenda() });

/** Moves the agenda; the server starts the new step's clock and returns the board to it in the same event. */
export const setAgendaStep = (stepId: string | null): Command => ({ type: 'setAgendaStep', stepId: stepId as AgendaStepId | null });

/** Pause, resume, restart or (with `minutes`) lengthen/shorten the current step's timer. */
export const setStepClock = (stepId: string, action: ClockAction, minutes?: number): Command => ({
  type: 'setStepClock',
  stepId: stepId as AgendaStepId,
  action,
  ...(minutes === undefined ? {} : { minutes }),
});

/** The step before or after the current one; null at either end. */
export function neighbourStep(agenda: readonly AgendaStep[], currentId: string | null, delta: 1 | -1): AgendaStep | null {
  const index = agenda.findIndex((s) => s.id === currentId);
  if (index === -1) return delta === 1 ? (agenda[0] ?? null) : null;
  return agenda[index + delta] ?? null;
}
