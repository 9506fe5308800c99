// Monaco's own worker (diff computation, link detection), bundled and served from this site.
import 'monaco-editor/editor/editor.worker';
