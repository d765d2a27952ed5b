export { renderMarkdown, renderSessionMarkdown, type MarkdownOptions } from './markdown';
export { escapeMarkdown } from './markdown-escape';
export { renderActionsCsv, csvCell, type CsvOptions } from './csv';
export { renderIcs, foldLine, type IcsOptions } from './ics';
