/** Article-like markup (a heading, a paragraph, two links), about 1.5 kB of HTML and RSC payload per block. */
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

export function Blocks({ count }) {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 pt-8">
      <h1 className="mb-4 text-3xl">Blocks</h1>
      {Array.from({ length: count }, (_, i) => (
        <section key={i} className="mt-8 border-t border-line pt-6">
          <h2 className="mb-2 text-lg font-semibold">Section {i + 1}</h2>
          <p className="text-muted">{LOREM}</p>
          <ul className="flex flex-wrap gap-3 text-sm">
            <li>
              <a href={`/fr/a/${i}`} className="underline underline-offset-4 hover:text-brand-800">
                Lien {i + 1}
              </a>
            </li>
            <li>
              <a href={`/fr/b/${i}`} className="underline underline-offset-4 hover:text-brand-800">
                Autre lien {i + 1}
              </a>
            </li>
          </ul>
        </section>
      ))}
    </main>
  );
}
