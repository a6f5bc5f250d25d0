import type { LocalizedText, Service, WorkflowDefinition } from '@mpp-kit/schemas';

type StepKind = NonNullable<WorkflowDefinition['steps']>[number]['kind'];

/** What a step of each kind is called when the step has no name. */
const kindNames: Readonly<Record<StepKind, LocalizedText>> = {
  intake: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' },
  review: { id: 'Pemeriksaan/verifikasi', en: 'Review' },
  'technical-review': { id: 'Kajian tim teknis', en: 'Technical review' },
  inspection: { id: 'Peninjauan lapangan', en: 'Field inspection' },
  decision: { id: 'Keputusan', en: 'Decision' },
  'self-declaration': { id: 'Pernyataan mandiri pemohon', en: "Applicant's self-declaration" },
  'levy-assessment': { id: 'Penetapan retribusi', en: 'Levy assessment' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  issuance: { id: 'Penerbitan produk layanan', en: 'Issuance' },
  'hand-over': { id: 'Penyerahan produk layanan', en: 'Hand-over' },
};

interface ProcedureStep {
  readonly id: string;
  readonly text: LocalizedText;
}

/**
 * The plain procedure of each built-in template (`@mpp-kit/workflows` `workflowTemplates`), as
 * steps with the templates' own step names. A copy, because the templates are not a public export
 * of `@mpp-kit/workflows` yet; the risk-based template branches, so its list names the branches.
 */
const templateProcedures: Readonly<Record<string, readonly ProcedureStep[]>> = {
  'simple-registration': [
    { id: 'intake', text: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' } },
    { id: 'processing', text: { id: 'Pemrosesan', en: 'Processing' } },
    { id: 'hand-over', text: { id: 'Penyerahan produk', en: 'Hand-over' } },
  ],
  permit: [
    { id: 'intake', text: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' } },
    { id: 'review', text: { id: 'Verifikasi teknis', en: 'Review' } },
    { id: 'decision', text: { id: 'Keputusan', en: 'Decision' } },
    { id: 'issuance', text: { id: 'Penerbitan', en: 'Issuance' } },
  ],
  'permit-with-levy': [
    { id: 'intake', text: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' } },
    { id: 'technical-review', text: { id: 'Pemeriksaan tim teknis (TPA/TPT)', en: 'Technical review (TPA/TPT)' } },
    { id: 'levy-assessment', text: { id: 'Penetapan retribusi', en: 'Levy assessment' } },
    { id: 'payment', text: { id: 'Pembayaran retribusi', en: 'Levy payment' } },
    { id: 'issuance', text: { id: 'Penerbitan', en: 'Issuance' } },
  ],
  'multi-agency-permit': [
    { id: 'intake', text: { id: 'Pemeriksaan kelengkapan berkas', en: 'Completeness check' } },
    { id: 'technical-review', text: { id: 'Kajian tim teknis', en: 'Technical review' } },
    { id: 'inspection', text: { id: 'Peninjauan lapangan', en: 'Field inspection' } },
    { id: 'decision', text: { id: 'Keputusan', en: 'Decision' } },
    { id: 'issuance', text: { id: 'Penerbitan', en: 'Issuance' } },
    { id: 'hand-over', text: { id: 'Penyerahan di gerai', en: 'Hand-over at the counter' } },
  ],
  'risk-based-oss': [
    { id: 'registration', text: { id: 'Pendaftaran dan pemeriksaan data', en: 'Registration and data check' } },
    { id: 'issue-nib', text: { id: 'Risiko rendah: penerbitan NIB', en: 'Low risk: NIB issuance' } },
    {
      id: 'self-declaration',
      text: {
        id: 'Risiko menengah rendah: pernyataan mandiri pemenuhan standar, lalu penerbitan NIB dan sertifikat standar',
        en: 'Medium-low risk: self-declaration of conformity, then NIB and standard certificate',
      },
    },
    {
      id: 'verification',
      text: {
        id: 'Risiko menengah tinggi: verifikasi pemenuhan standar, lalu penerbitan NIB dan sertifikat standar terverifikasi',
        en: 'Medium-high risk: verification of conformity, then NIB and verified standard certificate',
      },
    },
    {
      id: 'permit-review',
      text: {
        id: 'Risiko tinggi: kajian dan keputusan izin, lalu penerbitan NIB dan izin',
        en: 'High risk: permit review and decision, then NIB and permit',
      },
    },
  ],
};

/** The workflow or template id a service names. */
export function workflowName(service: Pick<Service, 'workflow'>): string {
  return typeof service.workflow === 'string' ? service.workflow : service.workflow.template;
}

function resolve(
  id: string,
  workflows: readonly WorkflowDefinition[],
  seen: ReadonlySet<string>,
): ProcedureStep[] | undefined {
  if (seen.has(id)) return undefined;
  const declared = workflows.find((workflow) => workflow.id === id);
  if (declared === undefined) return templateProcedures[id]?.slice();
  const base = declared.extends === undefined ? [] : (resolve(declared.extends, workflows, new Set([...seen, id])) ?? []);
  for (const step of declared.steps ?? []) {
    const entry = { id: step.id, text: step.name ?? kindNames[step.kind] };
    const index = base.findIndex((existing) => existing.id === step.id);
    if (index === -1) base.push(entry);
    else base[index] = entry;
  }
  return applyOverrides(base, declared.overrides);
}

function applyOverrides(
  steps: ProcedureStep[],
  overrides: Readonly<Record<string, { readonly name?: LocalizedText | undefined }>> | undefined,
): ProcedureStep[] {
  if (overrides === undefined) return steps;
  return steps.map((step) => {
    const name = overrides[step.id]?.name;
    return name === undefined ? step : { id: step.id, text: name };
  });
}

/**
 * A plain list of the steps of the service's workflow, for component 2 when the service declares
 * no `procedure`: the steps of a declared workflow (following `extends`, with renamed steps), or
 * those of a built-in template; empty when the workflow is unknown.
 */
export function workflowProcedure(
  service: Pick<Service, 'workflow'>,
  workflows: readonly WorkflowDefinition[],
): LocalizedText[] {
  const steps = resolve(workflowName(service), workflows, new Set()) ?? [];
  const overrides = typeof service.workflow === 'string' ? undefined : service.workflow.overrides;
  return applyOverrides(steps, overrides).map((step) => step.text);
}
