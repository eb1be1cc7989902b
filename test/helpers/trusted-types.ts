/**
 * Enforces Trusted Types on this test page (as a strict-CSP site does) and collects every
 * policy violation. Call it before importing the element under test, so the element and
 * Lit load under the policy. Run such tests in their own file: the policy stays on.
 */
export function enforceTrustedTypes(): string[] {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'";
  document.head.append(meta);
  return violations;
}
