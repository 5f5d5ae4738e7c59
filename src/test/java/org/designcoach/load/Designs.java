package org.designcoach.load;

import java.util.Locale;

/** The designs the harness draws: the edits a learner makes one after another, each a real change. */
final class Designs {

    private Designs() {
    }

    /**
     * Clients, a load balancer, {@code appInstances} application servers, a cache and a database with a read
     * replica: eight arrows, a size a learner reaches in stage 3.
     */
    static String webShop(int appInstances) {
        return String.format(Locale.ROOT, """
                {"version":1,"components":[\
                {"id":"users","type":"web-client","technology":"Browsers","position":{"x":40,"y":200}},\
                {"id":"dns","type":"dns","technology":"Route 53","position":{"x":40,"y":40}},\
                {"id":"lb","type":"load-balancer","technology":"nginx","position":{"x":240,"y":200}},\
                {"id":"app","type":"app-server","technology":"Spring Boot","instances":%d,\
                "properties":{"stateless":true},"position":{"x":440,"y":200}},\
                {"id":"cache","type":"cache","technology":"Redis","position":{"x":640,"y":80}},\
                {"id":"db","type":"sql-database","technology":"PostgreSQL","multiAz":true,\
                "properties":{"readReplicas":1},"position":{"x":640,"y":320}},\
                {"id":"metrics","type":"metrics","technology":"Prometheus","position":{"x":440,"y":400}}],\
                "connections":[\
                {"from":"users","to":"dns","mode":"sync"},\
                {"from":"users","to":"lb","mode":"sync","protocol":"HTTPS"},\
                {"from":"lb","to":"app","mode":"sync","protocol":"HTTP"},\
                {"from":"app","to":"cache","mode":"sync"},\
                {"from":"app","to":"db","mode":"sync","protocol":"SQL"},\
                {"from":"app","to":"metrics","mode":"async"}],\
                "groups":[]}""", appInstances);
    }
}
