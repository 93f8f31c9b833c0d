// The sandbox page: both services' records side by side, edited like a person would in either app:
// open the record (GET, remembering its ETag), change fields, save (PATCH with If-Match, only changed fields).
"use strict";
(() => {
  const initial = JSON.parse(document.getElementById("initial-data").textContent);
  const sides = {
    bc: {
      collection: `/bc/v2.0/${initial.bc.tenant}/${initial.bc.environment}/api/v2.0/companies(${initial.bc.companyId})/customers`,
      one: id => `${sides.bc.collection}(${id})`,
      key: "id",
      columns: ["number", "displayName", "city", "phoneNumber", "lastModifiedDateTime"],
      editable: ["displayName", "city", "phoneNumber", "email"],
      title: r => `Customer ${r.number} ${r.displayName}`,
      headers: {},
    },
    dataverse: {
      collection: "/dataverse/api/data/v9.2/accounts",
      one: id => `/dataverse/api/data/v9.2/accounts(${id})`,
      key: "accountid",
      columns: ["accountnumber", "name", "address1_city", "telephone1", "modifiedon"],
      editable: ["name", "address1_city", "telephone1", "emailaddress1"],
      title: r => `Account ${r.name}`,
      headers: { "OData-MaxVersion": "4.0", "OData-Version": "4.0", "Prefer": "return=representation" },
    },
  };
  const tokenInput = document.getElementById("token");
  tokenInput.value = sessionStorage.getItem("sandboxToken") || "";
  tokenInput.addEventListener("change", () => sessionStorage.setItem("sandboxToken", tokenInput.value));

  async function call(side, method, url, body, extraHeaders) {
    const headers = { "Accept": "application/json", ...sides[side].headers, ...extraHeaders };
    if (tokenInput.value) headers["Authorization"] = "Bearer " + tokenInput.value;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = json && json.error ? `${json.error.code}: ${json.error.message}` : text;
      throw new Error(`${response.status} ${response.statusText} - ${error}`);
    }
    return json;
  }

  function showError(element, error) {
    element.hidden = !error;
    element.textContent = error ? String(error.message || error) : "";
  }

  function render(side, rows, savedId) {
    const config = sides[side];
    const tbody = document.querySelector(`#${side} tbody`);
    tbody.replaceChildren(...rows.map(row => {
      const tr = document.createElement("tr");
      tr.dataset.id = row[config.key];
      if (row[config.key] === savedId) tr.className = "saved";
      for (const column of config.columns) {
        const td = document.createElement("td");
        const value = row[column] ?? "";
        td.textContent = /^\d{4}-\d\d-\d\dT/.test(value) ? value.replace("T", " ").replace(/(\.\d+)?Z$/, "") : value;
        td.title = value;
        tr.append(td);
      }
      const etag = document.createElement("td");
      etag.className = "etag";
      etag.textContent = etag.title = row["@odata.etag"];
      const action = document.createElement("td");
      const edit = document.createElement("button");
      edit.type = "button";
      edit.textContent = "Edit";
      edit.addEventListener("click", () => openEditor(side, row[config.key]));
      action.append(edit);
      tr.prepend(action);
      tr.append(etag);
      return tr;
    }));
  }

  const data = { bc: initial.bc.customers, dataverse: initial.dataverse.accounts };

  async function refresh(side, savedId) {
    const error = document.querySelector(`#${side} .error`);
    try {
      const select = [sides[side].key, ...sides[side].columns].join(",");
      data[side] = (await call(side, "GET", `${sides[side].collection}?$select=${select}`)).value;
      render(side, data[side], savedId);
      showError(error, null);
    } catch (e) {
      showError(error, e);
    }
  }

  const dialog = document.getElementById("editor");
  const dialogError = dialog.querySelector(".error");
  let editing = null;

  async function openEditor(side, id) {
    const sideError = document.querySelector(`#${side} .error`);
    try {
      const record = await call(side, "GET", sides[side].one(id));
      editing = { side, id, record };
      showError(sideError, null);
    } catch (e) {
      showError(sideError, e);
      return;
    }
    document.getElementById("editor-title").textContent = sides[side].title(editing.record);
    document.getElementById("editor-etag").textContent = editing.record["@odata.etag"];
    document.getElementById("editor-fields").replaceChildren(...sides[side].editable.map(field => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.name = field;
      input.value = editing.record[field] ?? "";
      label.append(field, input);
      return label;
    }));
    showError(dialogError, null);
    dialog.showModal();
  }

  document.getElementById("save").addEventListener("click", async event => {
    event.preventDefault();
    const { side, id, record } = editing;
    const changes = {};
    for (const input of dialog.querySelectorAll("#editor-fields input")) {
      if (input.value !== (record[input.name] ?? "")) changes[input.name] = input.value;
    }
    try {
      if (Object.keys(changes).length > 0) {
        await call(side, "PATCH", sides[side].one(id), changes, { "If-Match": record["@odata.etag"] });
      }
      dialog.close();
      await refresh(side, id);
    } catch (e) {
      showError(dialogError, e);
    }
  });

  document.getElementById("refresh").addEventListener("click", () => { refresh("bc"); refresh("dataverse"); });
  render("bc", data.bc);
  render("dataverse", data.dataverse);
})();
