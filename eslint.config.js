import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'app/generated/', 'data/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // The direction of imports (docs/architecture.md): routes → components, documents, mail, web,
  // domain, lib; the domain → lib only (and the names of mail messages); lib → nothing of ours.
  {
    files: ['app/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@remix-run/*', 'react', 'react/*', 'react-dom', 'react-dom/*', '@react-email/*'],
              message: 'The domain is plain TypeScript: no Remix, no React. Routes, mail and documents call it.',
            },
            {
              group: [
                '**/routes/**',
                '**/components/**',
                '**/documents/**',
                '**/mail/**',
                '!~/mail/messages',
                '**/web/**',
                '**/scanner/**',
                '**/emails/**',
              ],
              message: 'The domain may import only app/lib and other domain modules (mail messages by name, from ~/mail/messages).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/domain/**',
                '**/routes/**',
                '**/components/**',
                '**/documents/**',
                '**/mail/**',
                '**/web/**',
                '**/scanner/**',
                '**/emails/**',
              ],
              message: 'app/lib is infrastructure below the domain: it imports nothing of ours above it.',
            },
          ],
        },
      ],
    },
  },
  // Formatting is Prettier's (`prettier --check .` in `npm run lint`): no style rule may disagree.
  prettier,
)
