import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMall } from '@mpp-kit/core';
import type { MallConfig } from '@mpp-kit/schemas';
import { renderCatalogueSite, type CatalogueSiteFile } from '../src/site/index.js';

const batang = fileURLToPath(new URL('../../../examples/batang', import.meta.url));
const attack = '<script>alert("x")</script>';
const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';

let files: CatalogueSiteFile[];

beforeAll(async () => {
  const result = await loadMall(batang);
  if (!result.ok) throw new Error('Batang does not load');
  const mall: MallConfig = structuredClone(result.mall);
  const pbg = mall.services.find((service) => service.id === 'pbg')!;
  pbg.name = { id: `${attack} Persetujuan`, en: `<img src=x onerror="alert(1)"> Approval` };
  pbg.requirements[0]!.document = `"><b onmouseover='alert(2)'>KTP</b> & co`;
  pbg.description = { id: '</div></main><script src="https://evil.example/x.js"></script>' };
  mall.agencies.find((agency) => agency.id === 'dpupr')!.shortName = '<u>DPUPR</u>';
  mall.mall.address.street = `Jl. <marquee>Urip</marquee> ${attack}`;
  mall.counters[0]!.active = [{ from: '2020-01-23', note: attack }];
  mall.legalBases[0]!.title = { id: `Undang-Undang ${attack}`, en: 'Law & order' };
  files = renderCatalogueSite(mall, {
    diagram: (service) =>
      service.id === 'pbg'
        ? {
            states: [
              { id: 'start', label: `<svg onload="alert(3)">` },
              { id: 'issued', label: attack, final: true },
            ],
            transitions: [
              { from: 'start', to: 'issued', event: '<EVENT>', actor: `${attack} officer` },
            ],
          }
        : undefined,
  });
});

const page = (path: string) => files.find((file) => file.path === path)!.content;

describe('catalogue site: escaping', () => {
  it('escapes a <script> in a service name wherever the name appears', () => {
    for (const path of [
      'index.html',
      'services/pbg.html',
      'agencies/dpmptsp.html',
      'agencies/dpupr.html',
    ]) {
      expect(page(path), path).toContain(escaped);
      expect(page(path), path).not.toContain(attack);
    }
    expect(page('services/pbg.html')).toContain(
      `<title>${escaped} Persetujuan · MPP Batang</title>`,
    );
  });

  it('leaves no tag, attribute or script from configuration text in any page', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.html'))) {
      const html = file.content;
      expect(html, file.path).not.toMatch(
        /<script>|<img|<b |<u>|<marquee|<svg onload|evil\.example\/x\.js"><\/script>/,
      );
      // No event-handler attribute inside any tag (the words may appear as escaped text).
      expect(html, file.path).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      // The only script element is the site's own search script, on the home page.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts, file.path).toEqual(
        file.path === 'index.html'
          ? ['<script src="assets/minisearch.js">', '<script src="assets/catalogue.js">']
          : file.path === 'en/index.html'
            ? ['<script src="../assets/minisearch.js">', '<script src="../assets/catalogue.js">']
            : [],
      );
    }
    const pbg = page('services/pbg.html');
    expect(pbg).toContain(
      '&quot;&gt;&lt;b onmouseover=&#39;alert(2)&#39;&gt;KTP&lt;/b&gt; &amp; co',
    );
    expect(pbg).toContain(
      '&lt;/div&gt;&lt;/main&gt;&lt;script src=&quot;https://evil.example/x.js&quot;&gt;',
    );
    expect(pbg).toContain('&lt;u&gt;DPUPR&lt;/u&gt;');
    expect(page('en/services/pbg.html')).toContain('Law &amp; order');
  });

  it('escapes the lifecycle diagram: state labels, event codes and actors', () => {
    const pbg = page('services/pbg.html');
    const svg = pbg.slice(pbg.indexOf('<svg class="lifecycle"'), pbg.indexOf('</svg>'));
    expect(svg).toContain('&lt;svg onload=&quot;alert(3)&quot;&gt;');
    expect(svg).toContain(escaped);
    expect(svg).toContain('&lt;EVENT&gt;');
    expect(pbg).toContain(`<td>${escaped} officer</td>`);
  });

  it('keeps the search index inert: no raw < or > in the script, and the JSON parses back', () => {
    const script = page('assets/catalogue.js');
    const json = /var DATA = (\{.*\});/.exec(script)?.[1];
    expect(json).toBeDefined();
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json!) as {
      index: { documentIds: Record<string, string> };
      facets: { id: string }[];
    };
    expect(Object.values(data.index.documentIds)).toContain('pbg');
    expect(data.facets.map((facet) => facet.id)).toContain('pbg');
    // The attack in the name was indexed as words, never as markup.
    expect(json).toContain('"script"');
    // The script only toggles `hidden` and sets textContent: it never writes markup.
    expect(script).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
    );
  });
});
