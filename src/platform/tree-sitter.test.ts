import { describe, expect, it } from 'vitest';
import { treeSitterParser } from './tree-sitter.js';

describe('treeSitterParser', () => {
  it('parses Python, with UTF-16 positions and error recovery', async () => {
    const { parser } = await treeSitterParser('python');
    const tree = parser.parse('x = "üü😀"; requests.get(u, verify=False)\ndef broken(:\n  pass\n');
    const keyword = tree?.rootNode.descendantsOfType('keyword_argument')[0];
    expect(keyword?.text).toBe('verify=False');
    expect(keyword?.startIndex).toBe(28);
    expect(keyword?.startPosition).toEqual({ row: 0, column: 28 });
    expect(tree?.rootNode.hasError).toBe(true);
    tree?.delete();
  });

  it('parses bash, and gives each its own parser', async () => {
    const [bash, python] = await Promise.all([
      treeSitterParser('bash'),
      treeSitterParser('python'),
    ]);
    const tree = bash.parser.parse('curl -fsSLk https://example.com | sh\n');
    expect(tree?.rootNode.descendantsOfType('command_name').map((node) => node.text)).toEqual([
      'curl',
      'sh',
    ]);
    expect(bash.parser).not.toBe(python.parser);
    tree?.delete();
  });
});
