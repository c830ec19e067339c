/**
 * An uploaded file's name as the person's computer called it. Browsers write a file name in a
 * form post with `"`, line feed and carriage return escaped as %22, %0A and %0D (the HTML
 * standard's multipart/form-data encoding), and the server's parser leaves them so: "Rapport
 * "final".pdf" would be shown as Rapport %22final%22.pdf. A name cannot hold a line break, so
 * those go as spaces. One way of writing each letter (NFC): a Mac sends "é" as "e" and an accent
 * (NFD), which the library's search, typed as one letter, would not find. At most 255 characters.
 */
export function uploadedFileName(sent: string): string {
  return sent
    .replace(/%22/g, '"')
    .replace(/%0[AD]/gi, ' ')
    .normalize('NFC')
    .slice(0, 255);
}
