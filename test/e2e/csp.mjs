/** The Content-Security-Policy README recommends; `cdn` is where the library and the feeds live. */
export const strictCsp = (cdn) =>
  [
    "default-src 'none'",
    `script-src ${cdn}`,
    `style-src ${cdn}`,
    `img-src ${cdn}`,
    `connect-src ${cdn}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // 'allow-duplicates': a page that loads the library twice creates the lit-html policy twice.
    "trusted-types lit-html civic-widgets civic-widgets-json-ld 'allow-duplicates'",
  ].join('; ');
