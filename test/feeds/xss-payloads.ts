/**
 * Hostile inputs for the XSS suite. Every payload that could run sets `window.__xss`, so
 * "nothing executed" is one check. Text payloads go in text fields, URL payloads in link
 * and image fields, of every format.
 */

/** Markup and entity tricks for text fields. */
export const TEXT_PAYLOADS: string[] = [
  `<script>window.__xss='script'</script>`,
  `<img src=x onerror="window.__xss='img-onerror'">`,
  `<svg onload="window.__xss='svg-onload'"></svg>`,
  `<svg><script>window.__xss='svg-script'</script></svg>`,
  `<svg><a xlink:href="javascript:window.__xss='svg-xlink'"><text x="0" y="10">x</text></a><animate onbegin="window.__xss='svg-animate'" attributeName="x" dur="1s"/></svg>`,
  `<iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
  `<iframe src="javascript:parent.__xss='iframe-js'"></iframe>`,
  `<details open ontoggle="window.__xss='ontoggle'"><summary>x</summary></details>`,
  `"><img src=x onerror=window.__xss='breakout'>`,
  `'><svg onload=window.__xss='breakout2'>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__xss='noscript'>">`,
  `&lt;img src=x onerror="window.__xss='entity-html'"&gt;`,
  `&amp;lt;script&amp;gt;window.__xss='double-entity'&amp;lt;/script&amp;gt;`,
  `&#60;img src=x onerror=window.__xss='numeric-entity'&#62;`,
  `<a href="javascript:window.__xss='a-js'">link</a>`,
  `<a href="&#106;avascript:window.__xss='a-entity'">link</a>`,
  `<body onload="window.__xss='body-onload'">`,
  `<object data="javascript:window.__xss='object'"></object><embed src="javascript:window.__xss='embed'">`,
  `<input autofocus onfocus="window.__xss='autofocus'">`,
  `<video><source onerror="window.__xss='video-source'"></video>`,
  `<style>@import 'javascript:window.__xss=1';*{background:url("javascript:window.__xss='css'")}</style>`,
  `<!--><img src=x onerror=window.__xss='comment'>-->`,
  `<template><img src=x onerror="window.__xss='template'"></template>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta'">`,
  `<form action="javascript:window.__xss='form'"><button>go</button></form>`,
  `<base href="javascript:window.__xss='base'//">`,
  `<div style="background-image:url(javascript:window.__xss='style-attr')" onmouseover="window.__xss='mouseover'">x</div>`,
  `\u202Eevil\u202C <img src=x onerror="window.__xss='bidi'">`,
  `<scr<script>ipt>window.__xss='nested'</scr</script>ipt>`,
];

/** Schemes and obfuscations for URL fields (all must be dropped or made harmless). */
export const URL_PAYLOADS: string[] = [
  `javascript:window.__xss='u-js'`,
  `JaVaScRiPt:window.__xss='u-case'`,
  ` \t\n javascript:window.__xss='u-space'`,
  `java\tscript:window.__xss='u-tab'`,
  `java\nscript:window.__xss='u-newline'`,
  `\u0000javascript:window.__xss='u-nul'`,
  `\u0001javascript:window.__xss='u-ctrl'`,
  `javascript&colon;window.__xss='u-colon-entity'`,
  `&#106;avascript:window.__xss='u-dec-entity'`,
  `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss='u-hex-entity'`,
  `jav&#x09;ascript:window.__xss='u-tab-entity'`,
  `javascript://%0Awindow.__xss='u-comment'`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9J2RhdGEnPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss='u-data-svg'"/>`,
  `DATA:text/html,<script>window.__xss='u-data-case'</script>`,
  `vbscript:msgbox("u-vbscript")`,
  `blob:https://example.gov.pl/2c1f0b7c-0000-0000-0000-000000000000`,
  `file:///etc/passwd`,
  `filesystem:https://example.gov.pl/temporary/x`,
  `https://example.gov.pl/"><img src=x onerror=window.__xss='u-breakout'>`,
  `//evil.example/%0A"onmouseover="window.__xss='u-proto-relative'`,
  `\u2028javascript:window.__xss='u-line-sep'`,
];

export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** True when a URL string is absolute with an allowed scheme. */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// XML 1.0 forbids these control characters: removing them is the point.
/* eslint-disable no-control-regex */
export const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
/** CDATA cannot contain "]]>"; our payloads do not. */
export const cdata = (s: string) => `<![CDATA[${s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')}]]>`;
/* eslint-enable no-control-regex */
