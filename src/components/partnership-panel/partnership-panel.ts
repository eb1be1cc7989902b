import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { themeStyles } from '../../ui/theme.styles.js';

/** Placeholder until the element lands: renders nothing of its own yet. */
@customElement('civic-partnership-panel')
export class CivicPartnershipPanel extends LitElement {
  static override styles = [themeStyles];

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-partnership-panel': CivicPartnershipPanel;
  }
}
