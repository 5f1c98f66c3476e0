//! The section commands, derived from the spec: which group and command
//! each operation gets, and its flags. A pure function of the spec, so a new
//! operation gets a command without code.
//!
//! # The rule
//!
//! - **Group**: the operation's section (first tag) in kebab case
//!   (`Payment Methods` → `payment-methods`), unless [`GROUP_OF_SECTION`]
//!   says otherwise.
//! - **Command**: from the operationId's words (`searchPaymentMethodsPost`
//!   → search, payment, methods, post), unless [`COMMAND_OF_OPERATION`]
//!   names it:
//!   1. a trailing `Post` on a POST operation marks the POST form of an
//!      operation that also exists as a GET, and is dropped;
//!   2. the first word is the verb, renamed by [`VERB_ALIASES`]
//!      (`postOrderEvent` → create);
//!   3. a verb that is the group's name (`simulate`) gives the rest
//!      (`simulateTransactionEvent` → `simulate transaction-event`);
//!   4. the rest naming the section's resource, singular or plural
//!      (`getTransactionIntent` in Transaction Intents) gives the verb alone
//!      (`transaction-intents get`);
//!   5. a `get` of something else reads a sub-resource, named by the rest
//!      (`getRewardsBalance` in Customers → `customers rewards-balance`);
//!   6. otherwise verb and rest (`verb-rest`).
//! - Operations that derive the same group and command are **forms of one
//!   command** (`searchPaymentMethods` and `searchPaymentMethodsPost` are
//!   `payment-methods search`): the command has the union of their flags,
//!   and the first form in spec order that takes every flag given is sent.
//! - **Flags**: a command's one path parameter is positional (several are
//!   `--name` flags); query parameters are `--name`; top-level body
//!   properties are `--field-name` (scalars typed from the schema, objects
//!   and arrays as JSON text); `--json FILE|-` is the whole body (flags
//!   override or merge into it); `--all` follows a cursor list. A name that
//!   clashes with the command's own flags, or with another field, is
//!   prefixed with its place (`--body-format`).

use imprint_spec::refs::{self, has_type};
use imprint_spec::{Location, Operation, Spec};
use serde_json::Value;

/// Sections whose group is not their own name: one group per resource
/// users think of (`customers link`), one for the sandbox's simulations.
pub(crate) const GROUP_OF_SECTION: &[(&str, &str)] = &[
    ("Customer Links", "customers"),
    ("Simulate Transaction Event", "simulate"),
    ("Simulate Statement Reward", "simulate"),
    ("Simulate Reward", "simulate"),
];

/// Operations whose command the rule would name otherwise
/// (`linkCustomerAccount` would be `link-customer-account`).
pub(crate) const COMMAND_OF_OPERATION: &[(&str, &str)] = &[("linkCustomerAccount", "link")];

/// Verbs that are HTTP methods in operation ids, named for what they do.
pub(crate) const VERB_ALIASES: &[(&str, &str)] = &[("post", "create")];

/// Long flags every section command may have or inherit; a field with one
/// of these names is prefixed with its place.
const RESERVED: &[&str] = &[
    "json", "all", "help", "version", "base-url", "api-key", "format", "verbose",
];

/// A group of commands: `imprint <group> <command>`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    /// `payment-methods`.
    pub name: String,
    /// The spec sections it gathers, in order.
    pub sections: Vec<String>,
    /// Its commands, in spec order.
    pub commands: Vec<SectionCommand>,
}

/// One command of a group.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SectionCommand {
    /// `search`.
    pub name: String,
    /// The ids of its operations (its forms), in spec order.
    pub operations: Vec<String>,
    /// The first form's summary.
    pub summary: String,
    /// The one path parameter, given positionally.
    pub positional: Option<Field>,
    /// Its flags: other path parameters, query parameters, body fields.
    pub flags: Vec<Field>,
    /// Whether a form takes a JSON body (`--json`).
    pub body: bool,
    /// Whether a form is a cursor list (`--all`).
    pub pages: bool,
    /// Whether every form is deprecated.
    pub deprecated: bool,
}

/// A flag (or the positional argument) and the spec name it fills.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Field {
    /// The spec name (`customer_id`).
    pub name: String,
    /// Where it goes in the first form that has it.
    pub location: Location,
    /// The long flag (`customer-id`), also the clap id.
    pub long: String,
    /// The value's placeholder in help (`INT`, `JSON`, `CARD|LOAN`).
    pub value_name: String,
    /// Help: the spec's description, first line, and `[required]`.
    pub help: String,
    /// Whether it takes several values (an array query parameter).
    pub repeated: bool,
    /// Whether its value is sensitive (never traced or echoed).
    pub sensitive: bool,
}

/// The groups of `spec`, in order of first appearance.
pub(crate) fn derive(spec: &Spec) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for op in spec.operations() {
        let group = group_name(&op.section);
        let command = command_name(op, &group);
        let gi = match groups.iter().position(|g| g.name == group) {
            Some(i) => i,
            None => {
                groups.push(Group {
                    name: group,
                    sections: Vec::new(),
                    commands: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let g = &mut groups[gi];
        if !g.sections.contains(&op.section) {
            g.sections.push(op.section.clone());
        }
        match g.commands.iter_mut().find(|c| c.name == command) {
            Some(c) => c.operations.push(op.id.clone()),
            None => g.commands.push(SectionCommand {
                name: command,
                operations: vec![op.id.clone()],
                summary: op.summary.clone().unwrap_or_default(),
                positional: None,
                flags: Vec::new(),
                body: false,
                pages: false,
                deprecated: false,
            }),
        }
    }
    for g in &mut groups {
        for c in &mut g.commands {
            fill_flags(spec, c);
        }
    }
    groups
}

/// The group of a section.
pub(crate) fn group_name(section: &str) -> String {
    GROUP_OF_SECTION
        .iter()
        .find(|(s, _)| *s == section)
        .map(|(_, g)| g.to_string())
        .unwrap_or_else(|| heck::AsKebabCase(section).to_string())
}

/// The command of `op` in `group` (see the module docs for the rule).
pub(crate) fn command_name(op: &Operation, group: &str) -> String {
    if let Some((_, name)) = COMMAND_OF_OPERATION.iter().find(|(id, _)| *id == op.id) {
        return name.to_string();
    }
    let mut words = words(&op.id);
    if words.is_empty() {
        return op.id.clone();
    }
    if op.method == "POST" && words.len() > 2 && words.last().is_some_and(|w| w == "post") {
        words.pop();
    }
    let first = words.remove(0);
    let verb = VERB_ALIASES
        .iter()
        .find(|(from, _)| *from == first)
        .map(|(_, to)| to.to_string())
        .unwrap_or(first);
    let rest = words.join("-");
    if words.is_empty() {
        return verb;
    }
    if verb == group {
        return rest;
    }
    if names_resource(&words, &op.section) {
        return verb;
    }
    if verb == "get" {
        return rest;
    }
    format!("{verb}-{rest}")
}

/// The lower-case words of a camelCase, snake_case or kebab-case id.
fn words(id: &str) -> Vec<String> {
    heck::AsSnakeCase(id)
        .to_string()
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `words` name the section's resource: they are the section's
/// last words, each singular or plural (`session` in Customer Sessions).
fn names_resource(words: &[String], section: &str) -> bool {
    let section = self::words(section);
    if words.len() > section.len() {
        return false;
    }
    let tail = &section[section.len() - words.len()..];
    words
        .iter()
        .zip(tail)
        .all(|(a, b)| singular(a) == singular(b))
}

/// `rewards` → `reward`; `address`, `status` unchanged.
fn singular(word: &str) -> &str {
    if word.len() > 3 && !word.ends_with("ss") && !word.ends_with("us") {
        word.strip_suffix('s').unwrap_or(word)
    } else {
        word
    }
}

/// Computes the flags of a command from its forms.
fn fill_flags(spec: &Spec, command: &mut SectionCommand) {
    let doc = spec.document();
    let forms: Vec<&Operation> = command
        .operations
        .iter()
        .filter_map(|id| spec.operation(id))
        .collect();
    command.body = forms.iter().any(|o| o.request_body.is_some());
    command.pages = forms.iter().any(|o| o.pagination.is_some());
    command.deprecated = forms.iter().all(|o| o.deprecated);

    // Every (name, location, schema, required, description), first form first.
    let mut seen: Vec<Field> = Vec::new();
    let mut path_params: Vec<String> = Vec::new();
    for op in &forms {
        for p in op
            .parameters
            .iter()
            .filter(|p| matches!(p.location, Location::Path | Location::Query))
        {
            if p.location == Location::Path && !path_params.contains(&p.name) {
                path_params.push(p.name.clone());
            }
            if seen.iter().any(|f| f.name == p.name) {
                continue;
            }
            let description = p.description.as_deref();
            seen.push(field(
                doc,
                &p.name,
                p.location,
                &p.schema,
                p.required,
                description,
            ));
        }
        if let Some(rb) = op.request_body.as_ref().filter(|rb| rb.media.is_json()) {
            let required: Vec<&str> = refs::resolve(doc, &rb.media.schema)
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for (name, schema) in refs::properties(doc, &rb.media.schema) {
                if seen.iter().any(|f| f.name == name) {
                    continue;
                }
                let description = refs::resolve(doc, schema)
                    .get("description")
                    .and_then(Value::as_str)
                    .or_else(|| schema.get("description").and_then(Value::as_str));
                let required = required.contains(&name);
                seen.push(field(
                    doc,
                    name,
                    Location::Body,
                    schema,
                    required,
                    description,
                ));
            }
        }
    }
    // Long names: kebab case, prefixed with the place on a clash.
    let mut longs: Vec<String> = RESERVED.iter().map(|s| s.to_string()).collect();
    for f in &mut seen {
        if longs.contains(&f.long) {
            f.long = format!("{}-{}", f.location.as_str(), f.long);
        }
        let mut n = 2;
        let base = f.long.clone();
        while longs.contains(&f.long) {
            f.long = format!("{base}-{n}");
            n += 1;
        }
        longs.push(f.long.clone());
    }
    if let [only] = path_params.as_slice()
        && let Some(i) = seen.iter().position(|f| f.name == *only)
    {
        let mut positional = seen.remove(i);
        positional.value_name = heck::AsShoutySnakeCase(&positional.name).to_string();
        command.positional = Some(positional);
    }
    command.flags = seen;
}

fn field(
    doc: &Value,
    name: &str,
    location: Location,
    schema: &Value,
    required: bool,
    description: Option<&str>,
) -> Field {
    let resolved = refs::resolve(doc, schema);
    let enum_values: Vec<&str> = resolved
        .get("enum")
        .and_then(Value::as_array)
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let repeated = location == Location::Query && has_type(doc, schema, "array");
    let value_name = if !enum_values.is_empty() && enum_values.join("|").len() <= 40 {
        enum_values.join("|")
    } else if has_type(doc, schema, "integer") {
        "INT".into()
    } else if has_type(doc, schema, "number") {
        "NUMBER".into()
    } else if has_type(doc, schema, "boolean") {
        "true|false".into()
    } else if !repeated && (has_type(doc, schema, "object") || has_type(doc, schema, "array")) {
        "JSON".into()
    } else {
        heck::AsShoutySnakeCase(name).to_string()
    };
    let sensitive = imprint::redaction::is_sensitive(name)
        || resolved.get("x-sensitive") == Some(&Value::Bool(true));
    let mut help: String =
        match description.and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty())) {
            Some(line) => line.to_string(),
            // Undescribed in the spec: its name in words, and what to type.
            None => {
                let words = heck::AsTitleCase(name).to_string().to_lowercase();
                let mut words = words.chars();
                let first = words.next().map(|c| c.to_ascii_uppercase());
                let mut help: String = first.into_iter().chain(words).collect();
                if value_name == "JSON" {
                    help.push_str(if has_type(doc, schema, "object") {
                        " (a JSON object)"
                    } else {
                        " (a JSON array)"
                    });
                }
                help
            }
        };
    if sensitive {
        help.push_str(" (sensitive: never printed in traces or errors)");
    }
    if required {
        help.push_str(" [required]");
    }
    Field {
        name: name.to_string(),
        location,
        long: heck::AsKebabCase(name).to_string(),
        value_name,
        help: help.trim().to_string(),
        repeated,
        sensitive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn embedded() -> Spec {
        crate::spec::load().unwrap()
    }

    /// `group command` for every operation.
    fn names(spec: &Spec) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for g in derive(spec) {
            for c in &g.commands {
                for op in &c.operations {
                    out.push((op.clone(), format!("{} {}", g.name, c.name)));
                }
            }
        }
        out
    }

    #[test]
    fn every_operation_of_the_spec_gets_the_command_users_know() {
        let spec = embedded();
        let got = names(&spec);
        let want = [
            ("searchCustomers", "customers search"),
            ("searchCustomersPost", "customers search"),
            ("getCustomer", "customers get"),
            ("updateCustomer", "customers update"),
            ("linkCustomerAccount", "customers link"),
            ("createSession", "customer-sessions create"),
            ("getSession", "customer-sessions get"),
            ("searchPaymentMethods", "payment-methods search"),
            ("searchPaymentMethodsPost", "payment-methods search"),
            ("getPaymentMethod", "payment-methods get"),
            ("createTransactionIntent", "transaction-intents create"),
            ("searchTransactionIntents", "transaction-intents search"),
            ("getTransactionIntent", "transaction-intents get"),
            ("updateTransactionIntent", "transaction-intents update"),
            ("getTransaction", "transactions get"),
            ("searchRewards", "rewards search"),
            ("getReward", "rewards get"),
            ("patchReward", "rewards patch"),
            ("getRewardsBalance", "customers rewards-balance"),
            ("getPaymentMethods", "customers payment-methods"),
            ("getTransactionIntents", "customers transaction-intents"),
            ("getTransactions", "customers transactions"),
            ("getRewards", "customers rewards"),
            ("getOffer", "offers get"),
            ("listOrderEvents", "order-events list"),
            ("postOrderEvent", "order-events create"),
            ("deleteOrderEvent", "order-events delete"),
            ("listOrders", "orders list"),
            ("createOrder", "orders create"),
            ("putOrder", "orders put"),
            ("deleteOrder", "orders delete"),
            ("simulateTransactionEvent", "simulate transaction-event"),
            ("simulateStatementReward", "simulate statement-reward"),
            ("simulateReward", "simulate reward"),
            ("createKey", "keys create"),
            ("deleteKey", "keys delete"),
        ];
        assert_eq!(got.len(), spec.operations().len(), "every operation, once");
        for (op, command) in want {
            let found = got.iter().find(|(id, _)| id == op).map(|(_, c)| c.as_str());
            assert_eq!(found, Some(command), "{op}");
        }
    }

    #[test]
    fn the_rule_without_the_tables() {
        let op = |id: &str, method: &str, section: &str| Operation {
            id: id.into(),
            method: method.into(),
            section: section.into(),
            ..embedded().operations()[0].clone()
        };
        let name = |o: Operation| command_name(&o, &group_name(&o.section));
        assert_eq!(name(op("getWidget", "GET", "Widgets")), "get");
        assert_eq!(name(op("listWidgets", "GET", "Widgets")), "list");
        assert_eq!(name(op("getWidgetParts", "GET", "Widgets")), "widget-parts");
        assert_eq!(name(op("archiveWidget", "POST", "Widgets")), "archive");
        assert_eq!(
            name(op("archiveAllWidgets", "POST", "Widgets")),
            "archive-all-widgets"
        );
        assert_eq!(name(op("searchWidgetsPost", "POST", "Widgets")), "search");
        assert_eq!(
            name(op("searchWidgetsPost", "GET", "Widgets")),
            "search-widgets-post"
        );
        assert_eq!(name(op("postWidget", "POST", "Widgets")), "create");
        assert_eq!(name(op("getSession", "GET", "Customer Sessions")), "get");
        assert_eq!(name(op("getStatus", "GET", "Status")), "get");
        assert_eq!(group_name("Payment Methods"), "payment-methods");
        assert_eq!(group_name("Simulate Reward"), "simulate");
        assert_eq!(singular("addresses"), "addresse");
        assert_eq!(singular("address"), "address");
    }

    #[test]
    fn flags_come_from_parameters_and_body_properties() {
        let spec = embedded();
        let groups = derive(&spec);
        let cmd = |g: &str, c: &str| {
            groups
                .iter()
                .find(|x| x.name == g)
                .and_then(|x| x.commands.iter().find(|y| y.name == c))
                .cloned()
                .unwrap()
        };
        let search = cmd("payment-methods", "search");
        assert_eq!(
            search.operations,
            ["searchPaymentMethods", "searchPaymentMethodsPost"]
        );
        let longs: Vec<&str> = search.flags.iter().map(|f| f.long.as_str()).collect();
        assert_eq!(
            longs,
            ["customer-id", "type", "limit", "starting-after", "pan"]
        );
        assert!(
            search
                .flags
                .iter()
                .find(|f| f.name == "pan")
                .unwrap()
                .sensitive
        );
        assert_eq!(search.flags[1].value_name, "LOAN|CARD|BANK_ACCOUNT");
        assert!(search.pages && search.body && search.positional.is_none());

        let create = cmd("transaction-intents", "create");
        let amount = create.flags.iter().find(|f| f.name == "amount").unwrap();
        assert_eq!(
            (amount.value_name.as_str(), amount.location),
            ("INT", Location::Body)
        );
        assert!(amount.help.ends_with("[required]"), "{}", amount.help);
        let help_of = |name: &str| {
            create
                .flags
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.help.clone())
        };
        // Undescribed fields: their name in words, and what to type.
        assert_eq!(
            help_of("metadata").as_deref(),
            Some("Metadata (a JSON object)")
        );
        assert_eq!(
            help_of("payment_method_id").as_deref(),
            Some("Payment method id")
        );
        let address = create
            .flags
            .iter()
            .find(|f| f.name == "merchant_address")
            .unwrap();
        assert_eq!(
            (address.long.as_str(), address.value_name.as_str()),
            ("merchant-address", "JSON")
        );
        assert!(!create.pages);

        let get = cmd("rewards", "get");
        let p = get.positional.unwrap();
        assert_eq!(
            (p.name.as_str(), p.value_name.as_str()),
            ("reward_id", "REWARD_ID")
        );
        assert!(get.flags.is_empty() && !get.body);
    }

    /// The spec with one more section and operations, as a refresh would
    /// bring: they get commands and flags with no code.
    #[test]
    fn a_new_operation_gets_a_command_without_code() {
        let mut doc = embedded().into_document();
        doc["paths"]["/v2/widgets/{widget_id}/parts"] = json!({
            "get": {
                "operationId": "getWidgetParts", "tags": ["Widgets"], "summary": "Parts of a widget",
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "colour", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "format", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok"}}
            },
            "post": {
                "operationId": "createWidgetPart", "tags": ["Widgets"], "summary": "New part",
                "parameters": [{"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["weight"],
                    "properties": {"weight": {"type": "number"}, "json": {"type": "object"},
                                   "secret": {"type": "string", "x-sensitive": true}}
                }}}},
                "responses": {"200": {"description": "ok"}}
            }
        });
        let spec = Spec::new(doc);
        let groups = derive(&spec);
        let widgets = groups
            .iter()
            .find(|g| g.name == "widgets")
            .expect("a new group");
        let names: Vec<&str> = widgets.commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["widget-parts", "create-widget-part"]);
        let parts = &widgets.commands[0];
        assert_eq!(
            parts.positional.as_ref().map(|p| p.name.as_str()),
            Some("widget_id")
        );
        let colour = &parts.flags[0];
        assert!(colour.repeated && colour.long == "colour");
        assert_eq!(
            parts.flags[1].long, "query-format",
            "a clash with --format is prefixed"
        );
        let create = &widgets.commands[1];
        let longs: Vec<&str> = create.flags.iter().map(|f| f.long.as_str()).collect();
        assert_eq!(longs, ["weight", "body-json", "secret"]);
        assert!(create.flags[2].sensitive);
        assert_eq!(create.flags[0].value_name, "NUMBER");
    }
}
