/* eslint-disable @typescript-eslint/no-require-imports -- webpack-cli loads this file as CommonJS */
/*
 * One page, two bundles: taskpane.html loads taskpane.js (the React pane) and functions.js
 * (the FA.* custom functions). The manifest's shared runtime points the pane and the
 * functions at that same page, so both live in one JavaScript runtime.
 *
 * File names are fixed (no content hash) because manifest.xml names functions.js and
 * functions.json directly; test/addin/manifest.test.ts checks that they agree.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/**
 * pdf.js's files the pane reads from its own origin when a PDF is opened (see
 * src/taskpane/pdf-loader.ts): the worker, the CMaps that map Chinese fonts' glyphs to
 * text, and the standard fonts. Nothing of pdf.js is fetched from a CDN.
 */
const PDFJS_ROOT = path.dirname(require.resolve("pdfjs-dist/package.json"));
const PDFJS_FILES = [
  {
    from: path.join(PDFJS_ROOT, "build/pdf.worker.min.mjs"),
    to: "pdfjs/pdf.worker.min.mjs",
    // Shipped minified: terser would only spend a minute rewriting it.
    info: { minimized: true },
  },
  { from: path.join(PDFJS_ROOT, "cmaps"), to: "pdfjs/cmaps" },
  { from: path.join(PDFJS_ROOT, "standard_fonts"), to: "pdfjs/standard_fonts" },
];
const DEV_PORT = 3000;

/**
 * Where a production build is served from, e.g. FA_PUBLIC_URL=https://addin.example.cn/fa/.
 * Unset, dist/manifest.xml keeps the localhost URLs (fine for CI and local testing).
 */
function publicUrl() {
  const url = process.env.FA_PUBLIC_URL;
  if (!url) return undefined;
  if (!/^https:\/\/[^/]+(\/.*)?\/$/.test(url)) {
    throw new Error(`FA_PUBLIC_URL must be an https URL ending in "/", got "${url}"`);
  }
  return url;
}

/**
 * The Office dev certificate (trusted by Excel) when it can be had; otherwise the dev
 * server's own self-signed one, so that `dev-server` still starts on machines without it.
 */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    console.warn(
      `[webpack] Office dev certificates unavailable (${error instanceof Error ? error.message : error}); ` +
        "serving with a self-signed certificate that Excel will not trust. " +
        "Run `npx office-addin-dev-certs install` to fix.",
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const url = dev ? undefined : publicUrl();
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are caught by `npm run typecheck`; the bundle only needs JS.
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: they register with Excel even if the pane fails to render.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...PDFJS_FILES,
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return url ? content.toString().split(DEV_URL).join(url) : content;
            },
          },
        ],
      }),
    ],
    // Each entry stays self-contained: the manifest also names functions.js on its own
    // (Script/SourceLocation), so it must not depend on a shared chunk. What the pane
    // imports on demand (mammoth, pdf.js, the .docx reader) still gets chunks of its own.
    optimization: { splitChunks: false },
    performance: {
      // Fluent UI makes the pane larger than webpack's 244 KB default; budget it instead.
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
      // pdf.js's worker and data files are read only when a PDF is opened.
      assetFilter: (name) => !name.startsWith("pdfjs/") && !name.endsWith(".map"),
    },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
