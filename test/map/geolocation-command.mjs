// Test-runner command `set-geolocation`: the browser itself reports a position (or refuses),
// as after a visitor's answer to the permission prompt. Chromium's own override through
// puppeteer (Browser.grantPermissions + Emulation.setGeolocationOverride): the page's
// navigator.geolocation stays the real one.
//
//   executeServerCommand('set-geolocation', { latitude, longitude, accuracy })  // allowed, at that place
//   executeServerCommand('set-geolocation', { denied: true })                 // the visitor said no
//   executeServerCommand('set-geolocation', null)                             // back to the default
export function geolocationCommand() {
  return {
    name: 'set-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation') return undefined;
      const chromium = session.browser.type === 'puppeteer' && session.browser.name !== 'Firefox';
      if (!chromium && !payload) return true; // nothing was overridden: nothing to reset
      if (!chromium) throw new Error(`set-geolocation: not supported for ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      const context = page.browserContext();
      const origin = new URL(page.url()).origin;
      if (!payload) {
        await context.clearPermissionOverrides();
        return true;
      }
      await context.overridePermissions(origin, payload.denied ? [] : ['geolocation']);
      if (!payload.denied) await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude, accuracy: payload.accuracy ?? 20 });
      return true;
    },
  };
}
