/**
 * The demo Smart-ID RP API v2 simulator, a plug-in beside the demo data: SK's demo test accounts, a test CA that
 * issues their certificates, strict request checks, long-polled sessions and the "phone" page where a person
 * approves or refuses. {@link lt.iunija.simulator.SimulatorSwitch} decides whether it is on (demo mode only);
 * only then does {@link lt.iunija.simulator.SimulatorRegistration} give it addresses, and the portal's Smart-ID
 * connection finds it through {@link lt.iunija.smartid.BuiltInSmartId}. The portal reaches it only over HTTP,
 * through the Smart-ID client, like the real service; no other package names a class of this one.
 */
package lt.iunija.simulator;
