import {
  textFor,
  type Fee,
  type LocalizedText,
  type Locale,
  type MallConfig,
  type ProvenanceStatus,
  type Requirement,
  type Service,
} from '@mpp-kit/schemas';
import { standardLabels as L } from './_standardLabels.js';
import {
  agencyDisplayName,
  complaintChannelText,
  formatCompletionTime,
  formatDate,
  formatDayCount,
  formatRupiah,
  legalTitle as citeTitle,
  serviceLabels as S,
  vocabularyLabels as V,
} from '../labels/index.js';
import { serviceProcedure } from './serviceProcedure.js';
import {
  serviceStandardComponents,
  type ServiceStandardComponent,
  type ServiceStandardComponentKey,
} from './serviceStandardComponents.js';
import { UnknownServiceError } from '../lifecycle/compileServiceLifecycle.js';

/**
 * A piece of a published service standard, as plain (unescaped) text: renderers escape it for
 * their format.
 *
 * @example
 * ```ts
 * const block: StandardBlock = { kind: 'list', items: ['KTP-el', 'Kartu Keluarga'] };
 * ```
 */
export type StandardBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'note'; readonly text: string };

/**
 * One of the 14 components of a service's standard, ready to render: `declared` is `false` when
 * the configuration does not give it (the renderers then print the "not declared" marker);
 * `derived` is `true` when the text was worked out from other configuration (the procedure from
 * the workflow).
 *
 * @example
 * ```ts
 * const section = describeServiceStandard(mall, 'pbg', 'en').sections[7]!;
 * section.title; // 'Facilities'
 * section.declared; // true when services[…].standard.facilities is set
 * ```
 */
export interface StandardSection {
  readonly number: number;
  readonly key: ServiceStandardComponentKey;
  readonly group: ServiceStandardComponent['group'];
  readonly title: string;
  readonly declared: boolean;
  readonly derived: boolean;
  readonly blocks: readonly StandardBlock[];
}

/**
 * A service's published standard in one language: its heading facts and the 14 components in the
 * legal order; what `renderServiceStandard` formats.
 *
 * @example
 * ```ts
 * const view = describeServiceStandard(mall, 'pbg', 'id');
 * view.sections.map((s) => s.number); // [1, 2, …, 14]
 * view.missing; // ['facilities', …] — components not declared
 * ```
 */
export interface ServiceStandardView {
  readonly locale: Locale;
  readonly serviceId: string;
  /** The service's name. */
  readonly name: string;
  /** The mall's name. */
  readonly mallName: string;
  readonly description?: string;
  /** Label and value pairs shown under the title (provider, type, channels, version). */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly StandardSection[];
  /**
   * How sure the data are, when the service says so: its status, what a reader must know when it
   * is not verified (printed as a banner), and the sources.
   */
  readonly provenance?: {
    readonly status: ProvenanceStatus;
    readonly label: string;
    readonly notice?: string;
    readonly note?: string;
    readonly sources: readonly string[];
  };
  /** Keys of the components that are not declared. */
  readonly missing: readonly ServiceStandardComponentKey[];
}

/**
 * The parts of a mall a service standard is drawn from.
 *
 * @example
 * ```ts
 * const part: ServiceStandardMall = { mall, agencies, services, legalBases, workflows };
 * ```
 */
export type ServiceStandardMall = Pick<
  MallConfig,
  'mall' | 'agencies' | 'services' | 'legalBases' | 'workflows'
>;

type StandardTextKey = Exclude<keyof NonNullable<Service['standard']>, 'staffCount'>;

function texts(value: LocalizedText | readonly LocalizedText[], locale: Locale): string[] {
  return (Array.isArray(value) ? value : [value]).map((text: LocalizedText) =>
    textFor(text, locale),
  );
}

/** Component 1: the requirements, grouped by application kind when they differ by kind. */
function requirementBlocks(service: Service, locale: Locale): StandardBlock[] {
  const describe = (requirement: Requirement): string => {
    const notes: string[] = [];
    if (requirement.original === true) notes.push(S.original[locale]);
    if (requirement.copies !== undefined) notes.push(S.copies[locale](requirement.copies));
    if (requirement.optional === true) notes.push(S.optional[locale]);
    let text = textFor(requirement.document, locale);
    if (requirement.description !== undefined)
      text += `: ${textFor(requirement.description, locale)}`;
    if (notes.length > 0) text += ` (${notes.join('; ')})`;
    if (requirement.when?.condition !== undefined)
      text += ` — ${textFor(requirement.when.condition, locale)}`;
    return text;
  };
  const kinds = service.applicationKinds;
  const byKind = kinds.map((kind) => ({
    kind,
    items: service.requirements.filter(
      (r) => r.when?.kind === undefined || r.when.kind.includes(kind),
    ),
  }));
  const sameForAll = byKind.every((entry) => entry.items.length === service.requirements.length);
  if (kinds.length <= 1 || sameForAll) {
    return [{ kind: 'list', ordered: true, items: service.requirements.map(describe) }];
  }
  return byKind.flatMap(({ kind, items }): StandardBlock[] => [
    { kind: 'heading', text: V.applicationKind[kind][locale] },
    items.length === 0
      ? { kind: 'paragraph', text: S.noRequirements[locale] }
      : { kind: 'list', ordered: true, items: items.map(describe) },
  ]);
}

function legalTitle(mall: ServiceStandardMall, id: string, locale: Locale): string {
  const basis = mall.legalBases.find((entry) => entry.id === id);
  return basis === undefined ? id : citeTitle(basis, locale);
}

function basisNote(
  mall: ServiceStandardMall,
  ids: readonly string[] | undefined,
  locale: Locale,
): StandardBlock[] {
  if (ids === undefined || ids.length === 0) return [];
  return [
    {
      kind: 'note',
      text: `${S.legalBasis[locale]}: ${ids.map((id) => legalTitle(mall, id, locale)).join('; ')}`,
    },
  ];
}

function textNote(text: LocalizedText | undefined, locale: Locale): StandardBlock[] {
  return text === undefined
    ? []
    : [{ kind: 'note', text: `${S.note[locale]}: ${textFor(text, locale)}` }];
}

/**
 * Component 4: free, a fixed amount, a table of amounts, a formula with its variables, or the
 * provider's commercial tariff.
 */
function feeBlocks(mall: ServiceStandardMall, fee: Fee, locale: Locale): StandardBlock[] {
  const blocks: StandardBlock[] = [];
  switch (fee.kind) {
    case 'free':
      blocks.push({ kind: 'paragraph', text: S.free[locale] });
      break;
    case 'fixed':
      blocks.push({
        kind: 'paragraph',
        text: `${S.fixed[locale]}: ${formatRupiah(fee.amount, locale)}`,
      });
      break;
    case 'table':
      blocks.push({
        kind: 'table',
        head: [S.item[locale], S.appliesTo[locale], S.amount[locale]],
        rows: fee.rows.map((row) => [
          textFor(row.label, locale),
          row.when?.kind === undefined
            ? S.allKinds[locale]
            : row.when.kind.map((kind) => V.applicationKind[kind][locale]).join(', '),
          formatRupiah(row.amount, locale),
        ]),
      });
      break;
    case 'commercial':
      blocks.push({
        kind: 'paragraph',
        text:
          fee.tariffUrl === undefined
            ? S.commercial[locale]
            : `${S.commercial[locale]}: ${fee.tariffUrl}`,
      });
      break;
    case 'formula': {
      blocks.push({
        kind: 'paragraph',
        text: `${S.formula[locale]}: ${fee.expression} (${L.rounding[fee.rounding][locale]})`,
      });
      const variables = Object.entries(fee.variables).map(([name, variable]) => {
        const unit = variable.unit === undefined ? '' : ` [${variable.unit}]`;
        const meaning =
          variable.description === undefined ? '' : `: ${textFor(variable.description, locale)}`;
        return `${name}${unit}${meaning}`;
      });
      if (variables.length > 0) {
        blocks.push(
          { kind: 'heading', text: S.variables[locale] },
          { kind: 'list', items: variables },
        );
      }
      for (const example of fee.examples) {
        const given = Object.entries(example.given)
          .map(([name, value]) => `${name} = ${value}`)
          .join(', ');
        blocks.push({
          kind: 'note',
          text: `${S.example[locale]}: ${given} → ${formatRupiah(example.expect, locale)}`,
        });
      }
      break;
    }
  }
  return [...blocks, ...basisNote(mall, fee.legalBasis, locale), ...textNote(fee.note, locale)];
}

function section(
  component: ServiceStandardComponent,
  locale: Locale,
  blocks: readonly StandardBlock[] | undefined,
  derived = false,
): StandardSection {
  return {
    number: component.number,
    key: component.key,
    group: component.group,
    title: component.title[locale],
    declared: blocks !== undefined,
    derived,
    blocks: blocks ?? [],
  };
}

/**
 * Lays out a service's standard (*standar pelayanan*): the 14 components of PermenPANRB 15/2014 in
 * the legal order, each as text blocks in one language, with the components the configuration
 * does not declare marked. Requirements are grouped by application kind when they differ; the
 * procedure comes from `procedure` or, when absent, from the steps of the service's workflow
 * (marked `derived`); completion time carries its unit, legal maximum and expiry consequence;
 * cost is free, fixed, a table or a formula with its variables and examples; legal bases are
 * cited by their titles from `legalBases`.
 *
 * @throws {@link UnknownServiceError} when the mall has no service `serviceId`.
 * @example
 * ```ts
 * const result = await loadMall('examples/batang');
 * if (result.ok) {
 *   const view = describeServiceStandard(result.mall, 'pbg', 'en');
 *   view.sections[2]!.blocks; // [{ kind: 'paragraph', text: '28 working days' }, …]
 * }
 * ```
 */
export function describeServiceStandard(
  mall: ServiceStandardMall,
  serviceId: string,
  locale: Locale,
): ServiceStandardView {
  const service = mall.services.find((entry) => entry.id === serviceId);
  if (service === undefined) {
    throw new UnknownServiceError(
      serviceId,
      mall.services.map((entry) => entry.id),
    );
  }
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14] = serviceStandardComponents;
  // Components 8–14 the mall declares for all its services, overridden by the service's own.
  const standard = { ...mall.mall.standard, ...service.standard };
  const standardText = (
    component: ServiceStandardComponent & { key: StandardTextKey },
  ): StandardSection => {
    const value = standard[component.key];
    if (value === undefined) return section(component, locale, undefined);
    const [only, ...more] = texts(value, locale);
    if (only === undefined) return section(component, locale, undefined);
    return section(
      component,
      locale,
      more.length === 0
        ? [{ kind: 'paragraph', text: only }]
        : [{ kind: 'list', items: [only, ...more] }],
    );
  };

  // 2. System, mechanism and procedure.
  const system: StandardBlock = {
    kind: 'paragraph',
    text: `${L.system[locale]}: ${service.channels.map((channel) => V.serviceChannel[channel][locale]).join(', ')}`,
  };
  const written = serviceProcedure(service, mall, locale);
  const procedure: StandardSection =
    written.steps.length === 0
      ? section(c2, locale, undefined)
      : section(
          c2,
          locale,
          [
            system,
            { kind: 'list', ordered: true, items: [...written.steps] },
            ...(written.derived
              ? [{ kind: 'note' as const, text: L.procedureDerived[locale](written.workflow) }]
              : []),
          ],
          written.derived,
        );

  // 3. Completion time.
  const sla = service.sla;
  const days = (n: number) => formatDayCount(n, sla.unit, locale);
  const time: StandardBlock[] = [
    { kind: 'paragraph', text: formatCompletionTime(sla, locale) },
    {
      kind: 'list',
      items: [
        `${S.legalMax[locale]}: ${sla.legalMax === undefined ? S.legalMaxNotDeclared[locale] : days(sla.legalMax)}`,
        ...(sla.onExpiry === 'none'
          ? []
          : [`${S.onExpiry[locale]}: ${V.expiry[sla.onExpiry][locale]}`]),
      ],
    },
    ...basisNote(mall, sla.legalBasis, locale),
    ...textNote(sla.note, locale),
  ];

  // 5. Product.
  const output = service.output;
  const validity =
    output.validity === null
      ? S.validWhileConditions[locale]
      : `${output.validity.amount} ${V.periodUnit[output.validity.unit][locale]}`;
  const product: StandardBlock[] = [
    { kind: 'paragraph', text: textFor(output.product, locale) },
    {
      kind: 'list',
      items: [
        `${S.validity[locale]}: ${validity}`,
        ...(output.digital === true ? [S.digital[locale]] : []),
      ],
    },
  ];

  const sections: StandardSection[] = [
    section(
      c1,
      locale,
      service.requirements.length === 0 ? undefined : requirementBlocks(service, locale),
    ),
    procedure,
    section(c3, locale, time),
    section(c4, locale, feeBlocks(mall, service.fee, locale)),
    section(c5, locale, product),
    section(
      c6,
      locale,
      service.complaints.length === 0
        ? undefined
        : [
            {
              kind: 'list',
              items: service.complaints.map((channel) =>
                complaintChannelText(channel, mall.agencies, locale),
              ),
            },
          ],
    ),
    section(
      c7,
      locale,
      service.legalBasis.length === 0
        ? undefined
        : [
            {
              kind: 'list',
              ordered: true,
              items: service.legalBasis.map((id) => legalTitle(mall, id, locale)),
            },
          ],
    ),
    standardText(c8),
    standardText(c9),
    standardText(c10),
    section(
      c11,
      locale,
      standard.staffCount === undefined
        ? undefined
        : [{ kind: 'paragraph', text: L.staff[locale](standard.staffCount) }],
    ),
    standardText(c12),
    standardText(c13),
    standardText(c14),
  ];

  const version = service.version;
  const decree =
    version?.decree === undefined
      ? undefined
      : mall.legalBases.find((basis) => basis.id === version.decree);
  const updated = service.provenance?.updated ?? version?.validFrom;
  const provenance = service.provenance;
  const facts = [
    { label: S.provider[locale], value: agencyDisplayName(service.owner, mall.agencies, locale) },
    ...(service.participants === undefined || service.participants.length === 0
      ? []
      : [
          {
            label: S.participants[locale],
            value: service.participants
              .map((id) => agencyDisplayName(id, mall.agencies, locale))
              .join(', '),
          },
        ]),
    { label: S.serviceType[locale], value: V.serviceType[service.type][locale] },
    ...(version === undefined
      ? []
      : [
          {
            label: S.version[locale],
            value: `${version.id}, ${S.validFrom[locale]} ${formatDate(version.validFrom, locale)}${
              version.validTo === undefined
                ? ''
                : ` ${S.validTo[locale]} ${formatDate(version.validTo, locale)}`
            }`,
          },
        ]),
    ...(decree === undefined
      ? []
      : [{ label: S.decree[locale], value: citeTitle(decree, locale) }]),
    ...(updated === undefined
      ? []
      : [{ label: S.lastUpdated[locale], value: formatDate(updated, locale) }]),
    ...(provenance === undefined
      ? []
      : [{ label: S.dataStatus[locale], value: V.provenance[provenance.status][locale] }]),
  ];

  return {
    locale,
    serviceId: service.id,
    name: textFor(service.name, locale),
    mallName: textFor(mall.mall.name, locale),
    ...(service.description === undefined
      ? {}
      : { description: textFor(service.description, locale) }),
    facts,
    sections,
    ...(provenance === undefined
      ? {}
      : {
          provenance: {
            status: provenance.status,
            label: V.provenance[provenance.status][locale],
            ...(provenance.status === 'verified'
              ? {}
              : { notice: V.provenanceNotice[provenance.status][locale] }),
            ...(provenance.note === undefined ? {} : { note: provenance.note }),
            sources: [...(provenance.sources ?? [])],
          },
        }),
    missing: sections.filter((entry) => !entry.declared).map((entry) => entry.key),
  };
}
