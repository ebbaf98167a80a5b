// Tables in the Markdown export as GitHub-flavoured pipe tables: Turndown alone writes each cell as a
// paragraph of its own, and a table becomes a column of loose numbers.
import type TurndownService from 'turndown';

/** Adds the rule: the first row is the header (GFM needs one), a caption goes above as its own line. */
export function addTableRule(service: TurndownService): void {
  service.addRule('table', {
    // A table inside a table (layout) is left to the default rules: pipes cannot nest.
    filter: (node) => node.nodeName === 'TABLE' && !node.querySelector('table'),
    replacement: (content, node) => {
      const table = node as HTMLTableElement;
      const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].filter((c) => /^T[DH]$/.test(c.nodeName)).map((cell) => cellMarkdown(service, cell)));
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (!width) return content;
      const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
      const caption = table.querySelector('caption');
      const title = caption ? `${cellMarkdown(service, caption)}\n\n` : '';
      return `\n\n${title}${line(rows[0]!)}\n${line(Array<string>(width).fill('---'))}\n${rows.slice(1).map(line).join('\n')}\n\n`;
    },
  });
}

/** A cell's content as inline Markdown on one line, its pipes escaped. */
function cellMarkdown(service: TurndownService, cell: Element): string {
  return service.turndown(cell.innerHTML).replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim();
}
