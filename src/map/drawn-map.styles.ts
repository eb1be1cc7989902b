import { css } from 'lit';

/**
 * Styles of a drawn map: Leaflet container tweaks, category pins, clusters and the gesture
 * hint. Adopted into the shadow root with Leaflet's CSS when the map loads (they travel in
 * its lazy chunk); they use themeStyles' --_* tokens.
 */
export const drawnMapStyles = css`
  .leaflet-container {
    font: inherit;
    background: var(--_surface-alt);
  }
  .leaflet-container:focus-visible {
    outline: none;
  }
  /* Drawn above the tile and marker panes (an inset outline would be hidden under them). */
  .leaflet-container:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1000;
    border: 3px solid var(--_focus);
    pointer-events: none;
  }
  .civic-marker {
    background: none;
    border: 0;
  }
  .civic-marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 50%;
  }
  .civic-pin {
    display: grid;
    place-items: center;
    width: 34px;
    height: 34px;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_pin);
    color: #fff;
    border: 2px solid #fff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
  }
  .civic-pin > svg {
    transform: rotate(45deg);
  }
  .civic-pin.is-selected {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
    transform: rotate(-45deg) scale(1.15);
  }
  .civic-cluster {
    display: grid;
    place-items: center;
    width: var(--_size, 40px);
    height: var(--_size, 40px);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.9em;
    border: 3px solid var(--_surface);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: grid;
    place-items: center;
    padding: var(--_space);
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 1.1em;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-marker-icon,
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .civic-pin,
    .civic-cluster {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .civic-pin.is-selected {
      outline-color: Highlight;
    }
    .gesture-hint {
      background: Canvas;
      color: CanvasText;
    }
  }

`;
