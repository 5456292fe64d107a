package io.autopilotmock.storage;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without classes generated at run time. By default it generates, with Byte
 * Buddy, a lazy-loading proxy class and an instantiator class for every entity at every
 * start: about 900 classes of Byte Buddy's loaded to make four, which no cache can hold
 * because they are made anew each time. Here no entity is ever a proxy (none has an
 * association, nothing asks for a reference), so Hibernate's own "none" provider, the one
 * it takes when no bytecode library is present, changes only how entities are
 * instantiated: through their constructor by reflection. Registered in
 * {@code META-INF/services}.
 */
public class NoBytecodeGeneration implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addService(BytecodeProvider.class,
				new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
	}

}
