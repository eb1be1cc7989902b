import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../feeds/types.js';
import type { SectionContext } from './context.js';
import { heading } from '../../ui/heading.js';
import { icon } from './icons.js';
import { mailtoHref, telHref } from './safe.js';
import { langOf } from './voice.js';

function renderContact(contact: Contact, ctx: SectionContext): TemplateResult {
  const { voice } = ctx;
  const role = voice.pick(contact.role);
  const department = voice.pick(contact.department);
  const mail = mailtoHref(contact.email);
  const tel = telHref(contact.phone);
  return html`<li class="contact" part="contact">
    <p class="contact-name">${contact.name}</p>
    ${role.text ? html`<p class="contact-role" lang=${langOf(voice, role)}>${role.text}</p>` : nothing}
    ${department.text
      ? html`<p class="contact-dept" lang=${langOf(voice, department)}>${department.text}</p>`
      : nothing}
    ${mail || tel
      ? html`<ul class="contact-links" role="list">
          ${mail
            ? html`<li>
                <a href=${mail} part="link">${icon('mail')}<span class="visually-hidden">${voice.t('panel.email')}: </span>${mail.slice('mailto:'.length)}</a>
              </li>`
            : nothing}
          ${tel
            ? html`<li>
                <a href=${tel} part="link">${icon('phone')}<span class="visually-hidden">${voice.t('panel.phone')}: </span>${contact.phone!.trim()}</a>
              </li>`
            : nothing}
        </ul>`
      : nothing}
  </li>`;
}

/** Contacts grouped by side (one group per city, in the file's city order). */
export function renderContacts(ctx: SectionContext): TemplateResult | typeof nothing {
  const { voice, partnership } = ctx;
  if (!partnership.contacts.length) return nothing;
  const groups = partnership.cities
    .map((city) => ({
      name: voice.pick(city.name),
      contacts: partnership.contacts.filter((c) => c.city === city.id),
    }))
    .filter((g) => g.contacts.length);
  return html`<section class="section contacts" part="section contacts">
    ${heading(ctx.level, voice.t('panel.contacts'))}
    <div class="contact-groups">
      ${groups.map(
        (g) => html`<div class="contact-group">
          ${heading(ctx.level + 1, html`${icon('people')} <span lang=${langOf(voice, g.name)}>${g.name.text}</span>`, {
            className: 'group-title',
          })}
          <ul class="contact-list" role="list">
            ${g.contacts.map((c) => renderContact(c, ctx))}
          </ul>
        </div>`,
      )}
    </div>
  </section>`;
}
