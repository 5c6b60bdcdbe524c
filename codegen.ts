import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates the SDK's types and typed document strings from the committed schema.graphql (not a
 * live server, so the output is reproducible) and the operations in sdk/operations.
 * `npm run sdk:check` sets SDK_GENERATED_DIR to regenerate elsewhere and compare.
 */
const outputDir = (process.env.SDK_GENERATED_DIR ?? 'sdk/src/generated').replace(/\/?$/, '/');

const TYPED_DOCUMENT_IMPORT = "import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';";

/**
 * The same declaration as @graphql-typed-document-node/core's. Inlined because the published
 * .d.ts files would otherwise import a package the SDK does not depend on, and the document
 * types would silently degrade to `any` for consumers.
 */
const TYPED_DOCUMENT_DECLARATION = [
  '/** Carries the result and variables types of a document (as in @graphql-typed-document-node/core). */',
  'interface DocumentTypeDecoration<TResult, TVariables> {',
  '  __apiType?: (variables: TVariables) => TResult;',
  '}',
].join('\n');

function inlineTypedDocumentImport(path: string, content: string): string {
  if (!path.endsWith('/graphql.ts')) return content;
  if (!content.includes(TYPED_DOCUMENT_IMPORT)) {
    throw new Error(
      `${path}: the client preset no longer emits the expected DocumentTypeDecoration import; update codegen.ts`,
    );
  }
  return content.replace(TYPED_DOCUMENT_IMPORT, TYPED_DOCUMENT_DECLARATION);
}

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['sdk/operations/**/*.graphql'],
  // Top level: the CLI lets this key override the same key inside `config`. NodeNext needs the `.js` imports.
  emitLegacyCommonJSImports: false,
  config: {
    documentMode: 'string',
    useTypeImports: true,
    enumType: 'string-literal',
    scalars: {
      Decimal: 'string',
      DateTime: 'string',
      Date: 'string',
      CurrencyCode: 'string',
      JSON: 'unknown',
    },
  },
  generates: {
    [outputDir]: {
      preset: 'client',
      presetConfig: {
        // SDK users get plain result objects; masking is for UI components that own fragments.
        fragmentMasking: false,
        skipIndexFile: true,
      },
    },
    [`${outputDir}operations.ts`]: {
      plugins: ['sdk/codegen/methods-plugin.cjs'],
    },
  },
  hooks: {
    beforeOneFileWrite: [inlineTypedDocumentImport],
  },
};

export default config;
