/** Partnerships (the project's partnership file, with rich-text descriptions): what the panel reads. */
import { defineKind, isSavedText, jsonFormat } from '../descriptor.js';
import { isPartnershipFile, partnershipSteps } from '../formats/partnership.js';

export const partnershipDescriptor = defineKind<'partnership'>({
  kind: 'partnership',
  accept: 'application/json, */*;q=0.5',
  limits: { maxBytes: 5 * 1024 * 1024, maxItems: 500 },
  list: 'partnerships',
  formats: [jsonFormat('partnership file', isPartnershipFile, partnershipSteps)],
  expected: 'a partnership file with a "partnerships" list',
  keepSaved: (p) => isSavedText(p.title) && Array.isArray(p.cities) && p.cities.length === 2,
  capJson: true,
});
