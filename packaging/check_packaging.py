#!/usr/bin/env python3
"""Checks the installers' configuration offline (run by scripts/check-packaging).

The Windows, macOS and AppImage installers are only built on hosted runners, so a mistake in
their configuration would otherwise show up only there. This checks what can be checked here:

* Cargo.toml's [package.metadata.packager] uses only keys cargo-packager 0.11 knows (it rejects
  unknown ones), valid formats and category, and every file it names exists;
* its desktop-entry template, filled in as cargo-packager does, passes desktop-file-validate;
* [package.metadata.deb] names existing files and the libraries eframe opens with dlopen;
* .github/workflows/release.yml parses, builds on Linux, Windows and macOS with formats that
  exist on each, uploads what it builds, and every repository file it names exists.

Prints each check; exits 1 with the reasons when any fails.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile
import tomllib

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKFLOW = ".github/workflows/release.yml"
DLOPEN_LIBRARIES = [
    "libx11-6", "libxcursor1", "libxrandr2", "libxi6",
    "libx11-xcb1", "libxkbcommon-x11-0", "libgl1", "libegl1",
]

# Every spelling cargo-packager 0.11.8 accepts for each key: its structs deny unknown fields,
# and the spellings are not uniform (`installMode` or `installer-mode`, never `install-mode`).
# Extracted from the serde attributes in its src/config/mod.rs; redo it when the workflow's
# CARGO_PACKAGER_VERSION changes.
CONFIG_KEYS = {
    "$schema", "appimage", "authors", "before-each-package-command", "before-packaging-command",
    "beforeEachPackageCommand", "beforePackagingCommand", "before_each_package_command",
    "before_packaging_command", "binaries", "binaries-dir", "binariesDir", "binaries_dir",
    "category", "copyright", "deb", "deep-link-protocols", "deepLinkProtocols",
    "deep_link_protocols", "description", "dmg", "enabled", "external-binaries",
    "externalBinaries", "external_binaries", "file-associations", "fileAssociations",
    "file_associations", "formats", "homepage", "icons", "identifier", "license-file",
    "licenseFile", "license_file", "linux", "log-level", "logLevel", "log_level",
    "long-description", "longDescription", "long_description", "macos", "name", "nsis",
    "out-dir", "outDir", "out_dir", "pacman", "product-name", "productName", "product_name",
    "publisher", "resources", "target-triple", "targetTriple", "target_triple", "version",
    "windows", "wix",
}
SECTION_KEYS = {
    "deb": {
        "depends", "desktop-template", "desktopTemplate", "desktop_template", "files",
        "package-name", "packageName", "package_name", "priority", "section",
    },
    "appimage": {
        "bins", "excluded-libraries", "excludedLibs", "excluded_libraries", "files", "libs",
        "linuxdeploy-plugins", "linuxdeployPlugins", "linuxdeploy_plugins",
    },
    "nsis": {
        "appdata-paths", "appdataPaths", "appdata_paths", "compression", "custom-language-file",
        "customLanguageFiles", "custom_language_file", "display-language-selector",
        "displayLanguageSelector", "display_language_selector", "header-image", "headerImage",
        "header_image", "installMode", "installer-icon", "installer-mode", "installerIcon",
        "installer_icon", "installer_mode", "languages", "preinstall-section",
        "preinstallSection", "preinstall_section", "sidebar-image", "sidebarImage",
        "sidebar_image", "template",
    },
    "wix": {
        "banner-path", "bannerPath", "banner_path", "component-group-refs", "component-refs",
        "componentGroupRefs", "componentRefs", "component_group_refs", "component_refs",
        "custom-action-refs", "customActionRefs", "custom_action_refs", "dialog-image-path",
        "dialogImagePath", "dialog_image_path", "feature-group-refs", "feature-refs",
        "featureGroupRefs", "featureRefs", "feature_group_refs", "feature_refs",
        "fips-compliant", "fipsCompliant", "fips_compliant", "fragment-paths", "fragmentPaths",
        "fragment_paths", "fragments", "languages", "merge-modules", "merge-refs",
        "mergeModules", "mergeRefs", "merge_modules", "merge_refs", "template",
    },
    "macos": {
        "background-app", "backgroundApp", "background_app", "embedded-apps",
        "embedded-provisionprofile-path", "embeddedApps", "embeddedProvisionprofilePath",
        "embedded_apps", "embedded_provisionprofile_path", "entitlements", "exception-domain",
        "exceptionDomain", "exception_domain", "frameworks", "info-plist-path", "infoPlistPath",
        "info_plist_path", "minimum-system-version", "minimumSystemVersion",
        "minimum_system_version", "notarizationCredentials", "provider-short-name",
        "providerShortName", "provider_short_name", "signing-identity", "signingCertificate",
        "signingCertificatePassword", "signingIdentity", "signing_identity",
    },
    "dmg": {
        "app-position", "appFolderPosition", "appPosition", "app_position",
        "application-folder-position", "application_folder_position", "background",
        "window-size", "windowPosition", "windowSize", "window_size",
    },
    "windows": {
        "allow-downgrades", "allowDowngrades", "allow_downgrades", "certificate-thumbprint",
        "certificateThumbprint", "certificate_thumbprint", "digest-algorithm",
        "digestAlgorithm", "digest_algorithm", "sign-command", "signCommand", "sign_command",
        "timestamp-url", "timestampUrl", "timestamp_url", "tsp",
    },
    "linux": {
        "generate-desktop-entry", "generateDesktopEntry", "generate_desktop_entry",
    },
    "pacman": {
        "conflicts", "depends", "files", "provides", "replaces", "source",
    },
}
PATH_KEYS = {
    "licenseFile": "", "deb.desktopTemplate": "", "nsis.installerIcon": "", "nsis.template": "",
    "nsis.headerImage": "", "nsis.sidebarImage": "", "wix.template": "", "wix.bannerPath": "",
    "wix.dialogImagePath": "", "macos.infoPlistPath": "", "macos.entitlements": "",
    "dmg.background": "",
}
CATEGORIES = {
    "business", "developertool", "education", "entertainment", "finance", "game",
    "graphicsanddesign", "healthcareandfitness", "lifestyle", "medical", "music", "news",
    "photography", "productivity", "reference", "socialnetworking", "sports", "travel",
    "utility", "video", "weather",
}
FORMATS_BY_OS = {
    "linux": {"deb", "appimage", "pacman"},
    "windows": {"nsis", "wix"},
    "macos": {"app", "dmg"},
}
# Files the packager and cargo-deb read, whatever the format.
REQUIRED_ICON_SUFFIXES = (".ico", ".icns", ".png")

problems = []


def check(condition, message, problem):
    """Records one check: prints it when it holds, keeps the problem when it does not."""
    if condition:
        print(f"  ok: {message}")
    else:
        problems.append(problem)
        print(f"  FAILED: {problem}")
    return condition


def camel(key):
    """cargo-packager's canonical spelling of a key written in kebab- or snake_case."""
    head, *rest = re.split(r"[-_]", key)
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def exists(path):
    return os.path.exists(os.path.join(ROOT, path))


def check_packager(packager):
    print("cargo-packager configuration ([package.metadata.packager] in Cargo.toml)")
    unknown = sorted(k for k in packager if k not in CONFIG_KEYS)
    check(not unknown, "every top-level key is one cargo-packager knows",
          f"unknown cargo-packager keys (it rejects them): {unknown}")
    for section, keys in SECTION_KEYS.items():
        table = packager.get(section)
        if table is None:
            continue
        unknown = sorted(k for k in table if k not in keys)
        check(not unknown, f"every key in [{section}] is one cargo-packager knows",
              f"unknown keys in [package.metadata.packager.{section}]: {unknown}")
    for dotted in PATH_KEYS:
        section, _, key = dotted.rpartition(".")
        table = packager.get(section, {}) if section else packager
        value = next((v for k, v in table.items() if camel(k) == key), None)
        if value is not None:
            check(exists(value), f"{dotted} = {value} exists", f"{dotted} names a missing file: {value}")

    identifier = packager.get("identifier", "")
    check(re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", identifier or "") is not None,
          f"identifier {identifier} is in reverse-domain form",
          f"identifier '{identifier}' must be reverse-domain (letters, digits, '-', '.')")
    product = packager.get("product-name", "")
    check(bool(product), f"product name: {product}", "product-name is empty")
    category = packager.get("category", "")
    check(category.lower().replace(" ", "").replace("-", "") in CATEGORIES,
          f"category {category} is one cargo-packager knows", f"unknown category '{category}'")

    binaries = packager.get("binaries", [])
    mains = [b for b in binaries if b.get("main")]
    check(len(mains) == 1 and mains[0].get("path") == "zoho-org-viewer",
          "the main binary is zoho-org-viewer",
          f"binaries must list zoho-org-viewer as the one main binary, not {binaries}")
    out_dir = packager.get("out-dir", "")
    command = packager.get("before-packaging-command", "")
    check(out_dir.rstrip("/") in ("target/release", "./target/release") and "--release" in command,
          f"it builds with '{command}' and packages from {out_dir}",
          "before-packaging-command must build --release into the out-dir target/release")

    icons = packager.get("icons", [])
    matched = []
    for pattern in icons:
        found = glob.glob(os.path.join(ROOT, pattern))
        check(bool(found), f"icon {pattern} exists", f"icon pattern {pattern} matches no file")
        matched += found
    for suffix in REQUIRED_ICON_SUFFIXES:
        check(any(m.endswith(suffix) for m in matched), f"an {suffix} icon is listed",
              f"no {suffix} icon in icons (needed by {'Windows' if suffix == '.ico' else 'macOS' if suffix == '.icns' else 'Linux'})")
    check_desktop_template(packager)

    deb = packager.get("deb", {})
    missing = [lib for lib in DLOPEN_LIBRARIES if lib not in deb.get("depends", [])]
    check(not missing, "the AppImage/deb depends list has the dlopen libraries",
          f"[package.metadata.packager.deb] depends lacks {missing}")


def check_desktop_template(packager):
    template_path = packager.get("deb", {}).get("desktop-template")
    if not template_path:
        return
    with open(os.path.join(ROOT, template_path), encoding="utf-8") as file:
        template = file.read()
    values = {
        "name": packager.get("product-name", ""),
        "comment": packager.get("description", ""),
        "exec": "zoho-org-viewer",
        "icon": "zoho-org-viewer",
        "categories": "Office;",
    }
    # The template uses plain {{var}} and {{#if var}}..{{/if}}, which is all this fills in.
    text = re.sub(r"\{\{#if (\w+)\}\}\n?(.*?)\{\{/if\}\}\n?",
                  lambda m: m.group(2) if values.get(m.group(1)) else "", template, flags=re.S)
    unknown = sorted(set(re.findall(r"\{\{\s*([^}]*?)\s*\}\}", text)) - set(values))
    check(not unknown, "the desktop template uses only variables cargo-packager provides",
          f"the desktop template uses unknown variables: {unknown}")
    text = re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), ""), text)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "zoho-org-viewer.desktop")
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        result = subprocess.run(["desktop-file-validate", path], capture_output=True, text=True)
    check(result.returncode == 0 and not result.stdout.strip(),
          f"the desktop template ({template_path}), filled in, passes desktop-file-validate",
          f"the filled-in desktop template fails desktop-file-validate: {result.stdout}{result.stderr}")


def check_deb(deb):
    print("cargo-deb configuration ([package.metadata.deb] in Cargo.toml)")
    for source, *_ in deb.get("assets", []):
        if source.startswith("target/"):
            continue
        check(exists(source), f"asset {source} exists", f"cargo-deb asset {source} is missing")
    depends = [d.strip() for d in deb.get("depends", "").split(",")]
    missing = [lib for lib in ["$auto"] + DLOPEN_LIBRARIES if lib not in depends]
    check(not missing, "depends has $auto and every dlopen library",
          f"[package.metadata.deb] depends lacks {missing}")


def check_workflow():
    print(f"release workflow ({WORKFLOW})")
    path = os.path.join(ROOT, WORKFLOW)
    if not check(os.path.exists(path), f"{WORKFLOW} exists", f"{WORKFLOW} is missing"):
        return
    with open(path, encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    check(isinstance(workflow, dict), "it parses as YAML", f"{WORKFLOW} is not a YAML mapping")
    # YAML 1.1 reads the bare key `on` as true.
    triggers = workflow.get("on", workflow.get(True, {})) or {}
    check("workflow_dispatch" in triggers and "push" in triggers,
          "it runs on demand and on pushed tags",
          f"{WORKFLOW} should run on workflow_dispatch and push (tags): {triggers}")
    seen_os = set()
    for job_name, job in (workflow.get("jobs") or {}).items():
        matrix = (job.get("strategy") or {}).get("matrix") or {}
        steps = job.get("steps") or []
        uses = [s.get("uses", "") for s in steps]
        runs = "\n".join(s.get("run", "") for s in steps)
        check(any(u.startswith("actions/checkout@") for u in uses), f"job {job_name} checks out",
              f"job {job_name} has no actions/checkout step")
        check(any(u.startswith("actions/upload-artifact@") for u in uses),
              f"job {job_name} uploads its installers",
              f"job {job_name} has no actions/upload-artifact step")
        check("cargo packager" in runs and "cargo install --locked cargo-packager" in runs,
              f"job {job_name} installs and runs cargo-packager",
              f"job {job_name} must install (--locked) and run cargo-packager")
        for entry in matrix.get("include", []):
            runner = entry.get("os", "")
            system = next((s for s in FORMATS_BY_OS if runner.startswith(
                {"linux": "ubuntu", "windows": "windows", "macos": "macos"}[s])), None)
            formats = set(str(entry.get("formats", "")).split(","))
            if not check(system is not None, f"runner {runner} is a hosted Linux, Windows or macOS one",
                         f"matrix runner {runner} is not ubuntu-*, windows-* or macos-*"):
                continue
            seen_os.add(system)
            wrong = sorted(formats - FORMATS_BY_OS[system])
            check(not wrong, f"{runner} builds {','.join(sorted(formats))}",
                  f"{runner} cannot build {wrong} (it can build {sorted(FORMATS_BY_OS[system])})")
            check(bool(str(entry.get("artifacts", "")).strip()), f"{runner} names its artifacts",
                  f"matrix entry {runner} has no artifacts to upload")
        for script in re.findall(r"(?<![\w/])(scripts/[\w.-]+)", runs):
            check(exists(script) and os.access(os.path.join(ROOT, script), os.X_OK),
                  f"{script} exists and is executable", f"{WORKFLOW} runs {script}, which is missing or not executable")
    missing = sorted(set(FORMATS_BY_OS) - seen_os)
    check(not missing, "it builds on Linux, Windows and macOS", f"{WORKFLOW} builds nothing on {missing}")


def main():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as file:
        manifest = tomllib.load(file)
    metadata = manifest["package"].get("metadata", {})
    check_packager(metadata.get("packager", {}))
    check_deb(metadata.get("deb", {}))
    check_workflow()
    if problems:
        print(f"check-packaging: {len(problems)} problem(s)")
        sys.exit(1)
    print("check-packaging: configuration checks passed")


if __name__ == "__main__":
    main()
