// @vitest-environment happy-dom
// Our own index of mentions (text-index.ts): StaticRanges in document order, dropped by text node
// or subtree, and kept in order when a rescan adds text earlier on.
import { describe, expect, it } from 'vitest';
import '../support/static-range';
import { createMentionIndex, staticRangeFor, type Anchored } from '../../src/page/text-index';

interface Named extends Anchored {
  name: string;
}

function page(): { paragraphs: HTMLParagraphElement[] } {
  document.body.replaceChildren();
  const paragraphs = ['alpha beta', 'gamma delta', 'epsilon'].map((text) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    document.body.append(paragraph);
    return paragraph;
  });
  return { paragraphs };
}

const mention = (node: Node, start: number, end: number, name: string): Named => ({
  name,
  range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
});

describe('the mention index', () => {
  it('maps chunk offsets to StaticRanges over the right text nodes', () => {
    const { paragraphs } = page();
    const nodes = paragraphs.map((paragraph) => paragraph.firstChild as Text);
    const range = staticRangeFor(nodes, [0, 12, 25], 14, 19)!;
    expect(range).toBeInstanceOf(StaticRange);
    expect(range.startContainer).toBe(nodes[1]);
    expect([range.startOffset, range.endOffset]).toEqual([2, 7]);
    expect(staticRangeFor(nodes, [0, 12, 25], 40, 45)).toBeNull();
  });

  it('keeps document order when a rescan adds text earlier on, and drops by node and by subtree', () => {
    const { paragraphs } = page();
    const [first, second, third] = paragraphs.map((paragraph) => paragraph.firstChild!);
    const index = createMentionIndex<Named>();
    index.add(mention(second!, 0, 5, 'gamma'));
    index.add(mention(third!, 0, 7, 'epsilon'));
    index.add(mention(first!, 6, 10, 'beta'));
    index.add(mention(first!, 0, 5, 'alpha'));
    expect(index.ordered().map((each) => each.name)).toEqual(['alpha', 'beta', 'gamma', 'epsilon']);
    expect(index.inNode(first!).map((each) => each.name).sort()).toEqual(['alpha', 'beta']);

    const dropped: Named[] = [];
    index.dropInNodes([first!], dropped);
    expect(dropped.map((each) => each.name).sort()).toEqual(['alpha', 'beta']);
    expect(index.ordered().map((each) => each.name)).toEqual(['gamma', 'epsilon']);

    paragraphs[2]!.remove();
    index.dropWithin(paragraphs[2]!, dropped);
    expect(index.ordered().map((each) => each.name)).toEqual(['gamma']);
    expect(index.inNode(third!)).toEqual([]);
    expect(index.size()).toBe(1);
  });

  it('drops a mention that runs over two text nodes from both, once', () => {
    document.body.replaceChildren();
    const paragraph = document.createElement('p');
    paragraph.append('Rex ', 'Tillerson');
    document.body.append(paragraph);
    const [start, end] = [...paragraph.childNodes];
    const index = createMentionIndex<Named>();
    index.add({ name: 'rex', range: new StaticRange({ startContainer: start!, startOffset: 0, endContainer: end!, endOffset: 9 }) });
    const dropped: Named[] = [];
    index.dropInNodes([end!, start!], dropped);
    expect(dropped.map((each) => each.name)).toEqual(['rex']);
    expect(index.inNode(start!)).toEqual([]);
    expect(index.ordered()).toEqual([]);
  });
});
