import { a11ySnapshot } from '@web/test-runner-commands';

type AXNode = { role?: string; name?: string; children?: AXNode[] };

/** Names of the links in Chrome's accessibility tree that start with `prefix`. */
export async function linkNames(prefix: string): Promise<string[]> {
  const names: string[] = [];
  const walk = (node?: AXNode) => {
    if (!node) return;
    if (node.role === 'link' && node.name?.startsWith(prefix)) names.push(node.name);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AXNode);
  return names;
}
