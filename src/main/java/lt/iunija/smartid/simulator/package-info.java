/**
 * The Smart-ID RP API v2 simulator for demo mode and tests: SK's demo test accounts, a test CA that issues
 * their certificates, strict request checks, long-polled sessions and the "phone" page where a person
 * approves or refuses. Only {@link lt.iunija.smartid.simulator.SimulatorSwitch} decides whether it answers;
 * the portal reaches it only over HTTP, through the Smart-ID client, like the real service.
 */
package lt.iunija.smartid.simulator;
