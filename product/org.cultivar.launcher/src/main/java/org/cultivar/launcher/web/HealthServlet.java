package org.cultivar.launcher.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.cultivar.store.api.Database;
import org.cultivar.launcher.framework.BundleStates;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code GET /health}: overall status, database, framework and every {@code org.cultivar.*}
 * bundle. UP only if the database answers, the framework is active and every Cultivar bundle
 * (fragments aside) is active; 503 otherwise, for load balancers. {@code previousRun} says whether
 * the last run on this data stopped cleanly and, if not, what the check of the audit trail found.
 */
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient BundleContext context;
    private final transient ServiceTracker<Database, Database> database;
    private final transient Supplier<Map<String, Object>> previousRun;

    public HealthServlet(BundleContext context, Supplier<Map<String, Object>> previousRun) {
        this.context = context;
        this.previousRun = previousRun;
        this.database = new ServiceTracker<>(context, Database.class, null);
        this.database.open();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        boolean up = true;

        ObjectNode db = body.putObject("database");
        Database service = database.getService();
        boolean reachable = service != null && service.reachable();
        db.put("status", reachable ? "UP" : "DOWN");
        if (service != null) {
            db.put("kind", service.kind().name());
        }
        up &= reachable;

        Bundle system = context.getBundle(0);
        boolean frameworkActive = system.getState() == Bundle.ACTIVE;
        body.putObject("framework").put("state", BundleStates.name(system.getState()))
                .put("name", system.getSymbolicName()).put("version", system.getVersion().toString());
        up &= frameworkActive;

        ArrayNode bundles = body.putArray("bundles");
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith("org.cultivar.")) {
                continue;
            }
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            bundles.addObject().put("symbolicName", name).put("version", bundle.getVersion().toString())
                    .put("state", BundleStates.name(bundle.getState()));
            up &= fragment || bundle.getState() == Bundle.ACTIVE;
        }
        body.put("status", up ? "UP" : "DOWN");
        // reported, not counted against UP: the database recovered, and the check is for people to read
        body.set("previousRun", JSON.valueToTree(previousRun.get()));

        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
    }

    @Override
    public void destroy() {
        database.close();
    }
}
