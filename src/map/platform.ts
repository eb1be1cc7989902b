/** True on Apple platforms, where the hint says ⌘ instead of Ctrl. */
export const isApplePlatform = () =>
  /Mac|iPhone|iPad/.test(
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
      navigator.platform,
  );
