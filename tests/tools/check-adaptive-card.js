#!/usr/bin/env node
// Checks Adaptive Cards with the official renderer (npm adaptivecards 3.0.6) and the Teams host config.
//
// Input (stdin): a JSON array of cards.
// Output (stdout): a JSON array of { index, errors: [...], warnings: [...] }, one per card.
// Exit code: 0 when the check ran (even if cards have errors), 2 when the input or the tools are broken.
//
// Besides the renderer's parse and validation events, it checks what the renderer does not:
// a missing `version`, a TextBlock without `text`, an Image without `url`, more than 6 actions in
// an action set, and a card larger than 40 KB. Then it renders the card to prove it produces an element.
"use strict";

const path = require("path");
const fs = require("fs");
const { JSDOM } = require("jsdom");

const repoRoot = path.resolve(__dirname, "..", "..");
const nodeModules = path.join(repoRoot, "node_modules");
const MAX_ACTIONS = 6;
const MAX_BYTES = 40 * 1024;
const WARNING_EVENTS = new Set(["Hint", "Deprecated"]);

function installDom() {
  const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true });
  const g = global;
  g.window = dom.window;
  // The renderer uses DOM classes (HTMLButtonElement, Node, ...) as globals: expose every one jsdom has.
  for (const name of Object.getOwnPropertyNames(dom.window)) {
    if (!(name in g)) {
      try {
        g[name] = dom.window[name];
      } catch {
        // Some window properties cannot be read outside the window: the renderer needs none of them.
      }
    }
  }
  return dom;
}

function findTeamsHostConfig() {
  const candidates = [
    path.join(nodeModules, "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json"),
    path.join(nodeModules, "adaptivecards-designer", "src", "hostConfigs", "microsoft-teams-light.json"),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error("Teams host config not found in adaptivecards-designer: run npm ci.");
  return JSON.parse(fs.readFileSync(found, "utf8"));
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function readStdin() {
  return fs.readFileSync(0, "utf8");
}

/** Our own checks: what the renderer does not report. */
function structuralChecks(card, errors) {
  if (card === null || typeof card !== "object" || Array.isArray(card)) {
    errors.push("The card is not a JSON object.");
    return;
  }
  if (card.type !== "AdaptiveCard") errors.push(`The card's type is '${card.type}', not 'AdaptiveCard'.`);
  if (typeof card.version !== "string" || card.version.length === 0) {
    errors.push("The card has no 'version'.");
  } else if (!/^1\.[0-5]$/.test(card.version)) {
    errors.push(`The card's version is '${card.version}'; Teams renders 1.5 and below.`);
  }

  const walk = (node, where) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${where}[${i}]`));
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (node.type === "TextBlock" && (typeof node.text !== "string" || node.text.length === 0)) {
      errors.push(`TextBlock without text at ${where}.`);
    }
    if (node.type === "Image" && (typeof node.url !== "string" || node.url.length === 0)) {
      errors.push(`Image without url at ${where}.`);
    }
    if (Array.isArray(node.actions) && node.actions.length > MAX_ACTIONS) {
      errors.push(`${node.actions.length} actions at ${where}.actions; Teams shows at most ${MAX_ACTIONS}.`);
    }
    for (const [key, value] of Object.entries(node)) {
      // Action data is free-form: never treat it as card elements.
      if (key === "data") continue;
      walk(value, `${where}.${key}`);
    }
  };
  walk(card, "$");

  const bytes = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (bytes > MAX_BYTES) errors.push(`The card is ${bytes} bytes; keep it under ${MAX_BYTES}.`);
}

function describe(event, AC) {
  const name = AC.ValidationEvent[event.event] ?? String(event.event);
  const phase = AC.ValidationPhase[event.phase] ?? String(event.phase);
  const source = event.source && typeof event.source.getJsonTypeName === "function" ? event.source.getJsonTypeName() : undefined;
  return { name, text: `${phase} ${name}${source ? ` (${source})` : ""}: ${event.message}` };
}

function checkCard(AC, hostConfig, json, index) {
  const errors = [];
  const warnings = [];
  const report = (e) => {
    const d = describe(e, AC);
    (WARNING_EVENTS.has(d.name) ? warnings : errors).push(d.text);
  };

  structuralChecks(json, errors);
  if (json === null || typeof json !== "object" || Array.isArray(json)) return { index, errors, warnings };

  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  try {
    card.parse(json, context);
  } catch (err) {
    errors.push(`The renderer could not parse the card: ${err.message}`);
    return { index, errors, warnings };
  }
  for (let i = 0; i < context.eventCount; i++) report(context.getEventAt(i));

  for (const e of card.validateProperties().validationEvents) report(e);

  // Round trip through the renderer's serializer: it logs events for what it cannot write back.
  const toJsonContext = new AC.SerializationContext(new AC.Version(1, 5));
  try {
    card.toJSON(toJsonContext);
    for (let i = 0; i < toJsonContext.eventCount; i++) report(toJsonContext.getEventAt(i));
  } catch (err) {
    errors.push(`The renderer could not serialize the card: ${err.message}`);
  }

  try {
    const element = card.render();
    if (!element) errors.push("The renderer produced no element.");
  } catch (err) {
    errors.push(`The renderer threw while rendering: ${err.message}`);
  }

  return { index, errors: [...new Set(errors)], warnings: [...new Set(warnings)] };
}

function main() {
  let cards;
  try {
    cards = JSON.parse(readStdin());
  } catch (err) {
    process.stderr.write(`stdin is not JSON: ${err.message}\n`);
    return 2;
  }
  if (!Array.isArray(cards)) {
    process.stderr.write("stdin must be a JSON array of cards.\n");
    return 2;
  }

  installDom();
  const AC = require(path.join(nodeModules, "adaptivecards", "dist", "adaptivecards.js"));
  AC.GlobalSettings.setTabIndexAtCardRoot = false;
  const hostConfig = new AC.HostConfig(findTeamsHostConfig());
  if (hostConfig.actions.maxActions !== MAX_ACTIONS) {
    process.stderr.write(`Unexpected Teams host config: maxActions = ${hostConfig.actions.maxActions}.\n`);
    return 2;
  }

  // Teams renders markdown itself; the renderer only needs to be told it was handled.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = escapeHtml(text);
    result.didProcess = true;
  };

  // Renderer warnings go to the console: keep stdout for the report and count them as warnings.
  let consoleMessages = [];
  console.log = console.info = console.warn = console.error = (...args) => consoleMessages.push(args.map(String).join(" "));

  const results = cards.map((json, index) => {
    consoleMessages = [];
    const result = checkCard(AC, hostConfig, json, index);
    result.warnings.push(...consoleMessages.map((m) => `Renderer: ${m}`));
    return result;
  });
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`${err.stack || err}\n`);
  process.exitCode = 2;
}
