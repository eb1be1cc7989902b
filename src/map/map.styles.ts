import { css } from 'lit';

/**
 * Styles of the map frame before a map is drawn: the consent placeholder and the loading /
 * error messages. The drawn map's own (pins, clusters, the gesture hint) are in
 * drawn-map.styles.ts, adopted with Leaflet's CSS. Add after `themeStyles` (its --_* tokens).
 */
export const mapFrameStyles = css`
  .consent {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_space);
    background: var(--_surface-alt);
    overflow: auto;
  }
  .consent-picture::slotted(*) {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    opacity: 0.6;
  }
  .consent .outline {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    color: var(--_border);
    opacity: 0.8;
  }
  .consent-card {
    position: relative;
    max-width: 32rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .consent-card p {
    margin: 0 0 0.75em;
  }
  .consent-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .consent-load {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Firefox keeps a system-colour background (LinkText) but forces the text: black on blue. */
  @media (forced-colors: active) {
    .consent-load {
      background: ButtonFace;
      color: ButtonText;
    }
  }
  /* "Loading map…" / "could not load" over the map frame (both maps). */
  .map-message {
    position: absolute;
    inset: auto var(--_space) var(--_space);
    z-index: 1001;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* A prerendered page read without JavaScript: the map cannot load there, so no buttons for it. */
  @media (scripting: none) {
    .consent-actions {
      display: none;
    }
  }
`;
