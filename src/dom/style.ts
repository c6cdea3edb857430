/**
 * The checker's styles. Every colour, size and font is a CSS custom property
 * with a default, so a chat tool restyles it from its own stylesheet:
 * `--replylint-error`, `--replylint-warning`, `--replylint-info` (underline
 * colours), `--replylint-thickness`, `--replylint-active` (the problem being
 * shown), `--replylint-bg`, `--replylint-fg`, `--replylint-border`,
 * `--replylint-radius`, `--replylint-shadow`, `--replylint-font`,
 * `--replylint-width`, `--replylint-focus`, `--replylint-z`.
 */
export const css = `.rl-layer,.rl-pop{position:absolute;left:0;top:0;z-index:var(--replylint-z,20)}
.rl-layer{pointer-events:none;overflow:hidden}
.rl-mark{position:absolute;box-shadow:inset 0 calc(-1*var(--replylint-thickness,2px)) var(--rl-c)}
.rl-on{background:var(--replylint-active,#fbbc0440)}
.rl-error{--rl-c:var(--replylint-error,#d93025)}
.rl-warning{--rl-c:var(--replylint-warning,#e37400)}
.rl-info{--rl-c:var(--replylint-info,#1a73e8)}
.rl-pop{max-width:var(--replylint-width,24em);padding:.4em .75em;background:var(--replylint-bg,#fff);color:var(--replylint-fg,#202124);border:1px solid var(--replylint-border,#dadce0);border-radius:var(--replylint-radius,8px);box-shadow:var(--replylint-shadow,0 4px 16px #0003);font:var(--replylint-font,14px/1.5 system-ui,sans-serif)}
.rl-pop[hidden]{display:none}
.rl-card{border-left:3px solid var(--rl-c);padding-left:.6em;margin:.4em 0}
.rl-card p{margin:0}
.rl-note,.rl-rule{font-size:.85em;opacity:.75}
.rl-rule{display:block;color:inherit}
.rl-pop button,.rl-card button{font:inherit;margin:.3em .3em .2em 0;padding:.1em .6em;border:1px solid var(--rl-c,var(--replylint-border,#dadce0));border-radius:var(--replylint-radius,8px);background:none;color:inherit;cursor:pointer}
.rl-pop button:focus-visible,.rl-card button:focus-visible{outline:2px solid var(--replylint-focus,#1a73e8)}
.rl-desc{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}`
