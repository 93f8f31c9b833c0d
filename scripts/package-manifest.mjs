#!/usr/bin/env node
// Packages the Teams app: fills the placeholders of manifest/manifest.json, checks the manifest
// offline against its schema (@microsoft/app-manifest, schemas bundled in the package) and the icons
// (sizes, outline white on transparent), then zips manifest.json, color.png and outline.png into
// artifacts/couplingbot-teams-app.zip. On any problem it lists them all and exits with 1, writing no zip.
//
//   node scripts/package-manifest.mjs --bot-app-id <guid> --bot-domain couplingbot.contoso.com
//
// Every value can come from an option (--bot-app-id) or the environment variable (BOT_APP_ID).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { crc32, decodeRgba, readPngHeader } from "./package-manifest-png.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ICONS = { color: { file: "color.png", size: 192 }, outline: { file: "outline.png", size: 32 } };

// The placeholders, their options, and defaults (computed from the values before them).
const PLACEHOLDERS = [
  { name: "BOT_APP_ID", help: "the bot's Entra app (client) id" },
  { name: "BOT_DOMAIN", help: "the bot's public host name, e.g. couplingbot.azurewebsites.net" },
  { name: "TEAMS_APP_ID", fallback: (v) => v.BOT_APP_ID },
  { name: "APP_VERSION", fallback: () => "1.0.0" },
  { name: "DEVELOPER_NAME", fallback: () => "CouplingBot" },
  { name: "DEVELOPER_URL", fallback: (v) => v.BOT_DOMAIN && `https://${v.BOT_DOMAIN}/` },
  { name: "PRIVACY_URL", fallback: (v) => v.DEVELOPER_URL && new URL("privacy", v.DEVELOPER_URL).href },
  { name: "TERMS_OF_USE_URL", fallback: (v) => v.DEVELOPER_URL && new URL("terms", v.DEVELOPER_URL).href },
];
const optionName = (name) => name.toLowerCase().replaceAll("_", "-");

function readOptions(argv) {
  const options = { "manifest-dir": { type: "string" }, out: { type: "string" }, help: { type: "boolean" } };
  for (const p of PLACEHOLDERS) options[optionName(p.name)] = { type: "string" };
  return parseArgs({ args: argv, options, strict: true }).values;
}

/** The placeholder values: option, else environment variable, else default. */
function resolveValues(options, env) {
  const values = {};
  for (const p of PLACEHOLDERS) {
    values[p.name] = options[optionName(p.name)] || env[p.name] || p.fallback?.(values) || undefined;
  }
  return values;
}

/**
 * The manifest text with ${{NAME}} filled in. A name without a value is listed once in problems;
 * names whose default comes from a missing one (DEVELOPER_URL from BOT_DOMAIN, ...) are not repeated.
 */
function fill(template, values, problems) {
  const missing = new Set();
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (match, name) => {
    if (values[name] === undefined) missing.add(name);
    return values[name] === undefined ? match : JSON.stringify(values[name]).slice(1, -1);
  });
  for (const name of missing) {
    const known = PLACEHOLDERS.find((p) => p.name === name);
    if (!known) {
      problems.push(`manifest.json uses \${{${name}}}, which this script does not know.`);
    } else if (known.help) {
      problems.push(`${name} is not set: pass --${optionName(name)} or set the environment variable ${name} (${known.help}).`);
    }
  }
  return missing.size === 0 ? filled : null;
}

/** Size and colour problems of one icon. */
function checkIcon(kind, bytes) {
  const { file, size } = ICONS[kind];
  let header;
  try {
    header = readPngHeader(bytes);
  } catch {
    return [`${file} is not a PNG file.`];
  }
  if (header.width !== size || header.height !== size) {
    return [`${file} is ${header.width}x${header.height}; Teams needs ${size}x${size}.`];
  }
  const decoded = kind === "outline" ? decodeRgba(bytes) : null;
  if (decoded) {
    for (let i = 0; i < decoded.rgba.length; i += 4) {
      const [r, g, b, a] = decoded.rgba.subarray(i, i + 4);
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) {
        return [`${file} must be white on transparent; it has a coloured pixel.`];
      }
    }
  }
  return [];
}

/** A ZIP of stored-then-deflated entries with fixed timestamps, so the same input gives the same bytes. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (1 << 5) | 1; // 1980-01-01
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26); // flags .. uncompressed size are the same
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\nRun with --help to see the options.`);
    return 2;
  }
  if (options.help) {
    console.log("Usage: node scripts/package-manifest.mjs [--manifest-dir dir] [--out file.zip] " +
      PLACEHOLDERS.map((p) => `[--${optionName(p.name)} value]`).join(" ") +
      "\nEach value may instead come from the environment variable of the same name in capitals (BOT_APP_ID, ...).");
    return 0;
  }

  const manifestDir = path.resolve(options["manifest-dir"] ?? path.join(root, "manifest"));
  const out = path.resolve(options.out ?? path.join(root, "artifacts", "couplingbot-teams-app.zip"));
  const problems = [];
  const manifestPath = path.join(manifestDir, "manifest.json");
  if (!existsSync(manifestPath)) {
    console.error(`There is no manifest at ${manifestPath}.`);
    return 1;
  }

  const text = fill(readFileSync(manifestPath, "utf8"), resolveValues(options, process.env), problems);
  let manifest;
  try {
    manifest = text === null ? undefined : JSON.parse(text);
  } catch (error) {
    problems.push(`manifest.json is not valid JSON: ${error.message}`);
  }

  if (manifest) {
    try {
      const failures = await AppManifestUtils.validateAgainstSchema(manifest);
      problems.push(...failures.map((f) => `schema: ${f.trim()}`));
    } catch (error) {
      problems.push(`The manifest could not be checked against its schema: ${error.message}`);
    }
  }

  const icons = {};
  for (const [kind, { file }] of Object.entries(ICONS)) {
    const iconPath = path.join(manifestDir, file);
    if (!existsSync(iconPath)) {
      problems.push(`${file} is missing from ${manifestDir}.`);
      continue;
    }
    icons[file] = readFileSync(iconPath);
    problems.push(...checkIcon(kind, icons[file]));
    if (manifest && manifest.icons?.[kind] !== file) problems.push(`manifest.json's icons.${kind} must be "${file}".`);
  }

  if (problems.length > 0) {
    console.error(`The Teams app package was not written; ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }

  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip([
    { name: "manifest.json", data: Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8") },
    ...Object.entries(icons).map(([name, data]) => ({ name, data })),
  ]));
  console.log(`Valid (Teams manifest ${manifest.manifestVersion}); wrote ${out}`);
  return 0;
}

process.exitCode = await main();
