// handlebars/runtime.js is Handlebars without its compiler (create, template, SafeString, helpers and
// partials); the package's own runtime.d.ts declares the module empty.
declare module 'handlebars/runtime.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
