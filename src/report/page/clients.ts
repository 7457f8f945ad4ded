/** Per client: the permission matrix (operation × client) and each client's `GET …/info` answer. */
import { html, type SafeHtml } from './html.ts';
import type { PermissionMatrix } from '../model/permissions.ts';
import type { InfoAttachment } from '../../core/attachments.ts';
import { cellDetails, cellTd } from './cell.ts';
import { prettyJson } from '../model/format.ts';

function permissionTable(m: PermissionMatrix): SafeHtml {
  const details = m.rows.flatMap((row) =>
    m.clients.map((client) => {
      const cell = row.cells[client];
      return cell === undefined ? null : cellDetails(cell, `${row.operation} × ${client}`);
    }),
  );
  return html`${m.basis === undefined ? '' : html`<p id="permission-basis">${m.basis}</p>`}<table class="matrix" id="permission-table"><thead><tr><th>operation</th>${m.clients.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${m.rows.map(
    (row) =>
      html`<tr><th scope="row"><code>${row.operation}</code></th>${m.clients.map((client) => {
        const cell = row.cells[client];
        return cell === undefined ? html`<td></td>` : cellTd(cell, { operation: row.operation, column: client });
      })}</tr>`,
  )}</tbody></table>
${details}`;
}

function infoTable(info: readonly InfoAttachment[]): SafeHtml {
  return html`<table id="info-table"><thead><tr><th>client</th><th>status</th><th>answer</th></tr></thead>
<tbody>${info.map((i) => html`<tr data-client="${i.client}"><th scope="row">${i.client}</th><td>${i.status}</td><td><pre>${prettyJson(i.body)}</pre></td></tr>`)}</tbody></table>`;
}

export function clientsSection(permissions: PermissionMatrix | null, info: readonly InfoAttachment[] | null): SafeHtml {
  return html`<section id="clients"><h2>Permissions and info per client</h2>
<h3>Permission matrix</h3>
${permissions === null ? html`<p class="muted" id="permissions-not-run">not run: no permission check ran (configure a limited client: WM_LIMITED_CLIENT_ID / WM_LIMITED_CLIENT_SECRET)</p>` : permissionTable(permissions)}
<h3>Info per client</h3>
${info === null ? html`<p class="muted" id="info-not-run">not run: no info answer was recorded</p>` : infoTable(info)}
</section>`;
}
