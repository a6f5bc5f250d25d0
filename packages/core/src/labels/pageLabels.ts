/**
 * The words every page mpp-kit writes shares, whichever output writes it — the catalogue site,
 * the published service standard and the web desks — so a reader meets the same words on each.
 *
 * @example
 * ```ts
 * pageLabels.skipToContent.id; // 'Langsung ke isi'
 * ```
 */
export const pageLabels = {
  /** The skip link before a page's navigation (WCAG 2.4.1). */
  skipToContent: { id: 'Langsung ke isi', en: 'Skip to content' },
} as const;
