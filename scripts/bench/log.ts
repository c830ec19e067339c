/** Progress lines with the time elapsed since the bench started: `[02:13] …`. */
const started = Date.now();

function stamp(): string {
  const s = Math.floor((Date.now() - started) / 1000);
  return `[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}]`;
}

export const elapsedSeconds = () => (Date.now() - started) / 1000;

export function step(title: string): void {
  console.log(`\n${stamp()} ━━ ${title}`);
}

export function info(message: string): void {
  console.log(`${stamp()}    ${message}`);
}

export function warn(message: string): void {
  console.log(`${stamp()} !! ${message}`);
}
