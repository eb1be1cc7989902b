/**
 * The panel's height while its partnership loads, and before its code has arrived (the
 * loader's page stylesheet, a `::before` box querying the tag's width; --s is --civic-space):
 * the frame of partnership-panel.styles.ts around the loading line, held open to the height of
 * a partnership like the bundled one
 * (data/partnership.json with its joint news), which grows with less width as its text wraps:
 * a straight line through that height at 344, 784 and 1264 px, the widths of a phone, a
 * tablet and a desktop page, so that the panel moves nothing when its data arrives in view
 * there (test/loader/loading-height.test.ts). partnership-panel.styles.ts holds the same
 * heights for the loading state. Other partnerships still move what follows once.
 */
export const panelReserve =
  'civic-partnership-panel:not(:defined){&::before{height:calc(201.44em - 2.764*(100cqi - 21.5em))}' +
  '@container (min-width:49rem){&::before{height:calc(125.44em - .293*(100cqi - 49em))}}}';
