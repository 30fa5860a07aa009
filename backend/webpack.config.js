// Bundles the backend and our libraries into dist/backend; npm packages stay external
// and are loaded from node_modules at run time.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '..');
const tsconfig = path.join(__dirname, 'tsconfig.app.json');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: {
    main: './backend/src/main.ts',
    cli: './backend/src/cli.ts',
    // Releases are protected in a worker thread (libs/server/releases, protection-runner.ts).
    'protect-worker': './libs/server/releases/src/lib/protect-worker.ts',
  },
  output: { path: path.join(root, 'dist/backend'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  // Class names must survive: Nest and TypeORM use them for tokens and error messages.
  optimization: { minimize: false },
  externalsPresets: { node: true },
  node: { __dirname: false, __filename: false },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  resolve: { extensions: ['.ts', '.js'], plugins: [new TsconfigPathsPlugin({ configFile: tsconfig })] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        // Type checking is its own step in `npm test` (tsc --noEmit); here we only transpile.
        options: { configFile: tsconfig, transpileOnly: true },
        exclude: /node_modules/,
      },
    ],
  },
  // Nest and TypeORM probe optional packages with require(); those that are absent are fine.
  ignoreWarnings: [/Can't resolve '@nestjs\/(microservices|websockets)/, /Critical dependency/],
};
