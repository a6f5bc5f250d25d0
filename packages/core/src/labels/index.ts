export { vocabularyLabels } from './vocabularyLabels.js';
export type { LabelText } from './vocabularyLabels.js';
export { formatRupiah, formatRupiahRange, formatNumber } from './formatRupiah.js';
export { formatDayCount, formatCompletionTime } from './formatDuration.js';
export { formatDate, formatDateTime, formatWeekdays, formatOpeningHours } from './formatDate.js';
export { legalCitation, legalTitle } from './legalCitation.js';
export { serviceLabels } from './serviceLabels.js';
export { pageLabels } from './pageLabels.js';
export {
  stepKindLabels,
  finalStateLabels,
  isFinalStateId,
  eventLabel,
  roleLabel,
} from './lifecycleLabels.js';
export { lifeEventLabel } from './lifeEventLabel.js';
export { complaintChannelText, agencyDisplayName } from './complaintChannelText.js';
