import { describe, expect, it } from 'vitest';
import { withoutScripts } from './lcp';

describe('withoutScripts', () => {
  it('takes out inline and external scripts and script preloads, and keeps the markup, styles and font preloads', () => {
    const html =
      '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/>' +
      '<link rel="preload" as="font" href="/f.woff2"/><style>p{color:red}</style>' +
      '<script src="/_next/b.js" async=""></script></head><body><main id="main"><p>Before you start</p></main>' +
      '<script>self.__next_f.push([1,"</p>"])</script><SCRIPT type="module">x()</SCRIPT ></body></html>';
    expect(withoutScripts(html)).toBe(
      '<html><head><link rel="preload" as="font" href="/f.woff2"/><style>p{color:red}</style></head>' +
        '<body><main id="main"><p>Before you start</p></main></body></html>',
    );
  });
});
