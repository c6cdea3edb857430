/** Build the playground into `out` (default playground/dist); resolves to the page's path. */
export function buildPlayground(out?: string): Promise<string>
